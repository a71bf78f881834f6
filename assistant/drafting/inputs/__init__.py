"""What the user gives to draft from: the feedback (``feedback/``) and the ledger."""
