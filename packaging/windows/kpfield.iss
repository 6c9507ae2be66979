; Inno Setup script for the Windows installer of KP Field (Inno Setup 6: https://jrsoftware.org/isinfo.php).
; Built by .github/workflows/bundles.yml on a hosted Windows runner, after PyInstaller has made dist\kpfield:
;   iscc /DAppVersion=0.1.0 packaging\windows\kpfield.iss          -> dist\kpfield-0.1.0-windows-setup.exe
; Not built or run on the project's Linux machines.
;
; Why Inno Setup: a per-user installation without administrator rights (many monitors' laptops are locked down),
; French and Portuguese installer texts built in, one short script, and code signing through its SignTool hook.
; WiX (an .msi) would be the choice for managed fleets pushing software through group policy; not the case here.
;
; Uninstalling removes the program only. The profile (%LOCALAPPDATA%\kpfield: the encrypted store and key file)
; is never touched by the installer or the uninstaller: destroying it is Quick delete's job, inside the app.
;
; Signing (Authenticode): pass /DSign=1 and define the signing command on the iscc command line, e.g.
;   iscc /DSign=1 "/Skpsign=signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /f cert.pfx /p PASS $f" ...
; The executables inside dist\kpfield are signed before this step (see the workflow).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1D2C1E-5B7A-4E43-9C2B-2B1F6A5D8E31}
AppName=KP Field
AppVersion={#AppVersion}
AppPublisher=KP Field
AppComments=Secure offline documentation of incidents in diamond-mining areas
DefaultDirName={localappdata}\Programs\KP Field
DefaultGroupName=KP Field
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=kpfield-{#AppVersion}-windows-setup
SetupIconFile=..\..\build\icons\kpfield.ico
UninstallDisplayIcon={app}\kpfield-gui.exe
UninstallDisplayName=KP Field
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
#ifdef Sign
SignTool=kpsign
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "pt"; MessagesFile: "compiler:Languages\Portuguese.isl"
Name: "ptbr"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\kpfield\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\KP Field"; Filename: "{app}\kpfield-gui.exe"
Name: "{autodesktop}\KP Field"; Filename: "{app}\kpfield-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\kpfield-gui.exe"; Description: "{cm:LaunchProgram,KP Field}"; Flags: nowait postinstall skipifsilent
