"""Business → Contribution base and Payment declaration (issue 5): forms that save to the draft box.

`ContributionBaseForm(ctx, declaration_id=None)` and `PaymentDeclarationForm(ctx, declaration_id=None)`,
each with `saved(declaration_id)` like the personnel document editor.
"""
