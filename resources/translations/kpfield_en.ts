<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DetailView</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message numerus="yes">
        <source>…and %n more: zoom in or filter the list</source>
        <translation>
            <numerusform>…and %n more: zoom in or filter the list</numerusform>
            <numerusform>…and %n more: zoom in or filter the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <source>Sending %n report(s) — %1 of %2, %3/s</source>
        <translation>
            <numerusform>Sending %n report — %1 of %2, %3/s</numerusform>
            <numerusform>Sending %n reports — %1 of %2, %3/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s) verified</source>
        <translation>
            <numerusform>%n new report verified</numerusform>
            <numerusform>%n new reports verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n quarantined</numerusform>
            <numerusform>%n quarantined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review change(s) from other coordinators</source>
        <translation>
            <numerusform>%n review change from other coordinators</numerusform>
            <numerusform>%n review changes from other coordinators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting review change(s)</source>
        <translation>
            <numerusform>%n conflicting review change</numerusform>
            <numerusform>%n conflicting review changes</numerusform>
        </translation>
    </message>
</context>
</TS>
