// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QString;
class QWidget;

namespace traject {

/// Gives a field inside a composite widget (the line of a date field, the editor of an intake
/// answer) the "labelled by" relation a screen reader follows. Qt looks for a field's label only
/// among the field's siblings, and the visible label of a composite is the composite's sibling,
/// not the field's: a hidden label with the same text goes beside the field, its buddy the field.
/// Called again, it updates that label's text.
void labelForReader(QWidget *field, const QString &text);

} // namespace traject
