"""Personnel documents: the Add / Renew / Interrupt editor, the document lists (draft box, submitted,
approved, rejected) with Check and Declare, and the glue that runs the outbox off the GUI thread."""
