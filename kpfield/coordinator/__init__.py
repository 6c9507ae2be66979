"""The coordinator side: receiving, verifying, quarantining, reviewing and answering reports."""
