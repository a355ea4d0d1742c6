// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/DateField.h"

#include <QComboBox>
#include <QDate>
#include <QString>

namespace traject {

/// Keeps a short input (a date, a number) at its natural width instead of the form's.
inline void keepNarrow(QWidget *input)
{
    input->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

/// A combo box that does not widen its dialog to its longest item.
inline void limitWidth(QComboBox *combo, int characters = 28)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(characters);
}

} // namespace traject
