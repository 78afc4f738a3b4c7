"""Query windows (issue 5): declaration records, payment details, the insured roster; revoke, revise,
receipts, statements and exports. Each window is `Window(ctx: AppContext, parent=None)`."""
