// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "edits/Aspect.h"

#include <QString>

namespace traject {

/// An edit of the stored data that takes more than one step, as one plain object: apply() does it
/// (and does it again after revert(), with the same ids), revert() takes it back exactly. Each
/// runs in one transaction, so a failure leaves nothing half done. No widgets: the window's
/// Session makes each edit one undo step, and tests drive them directly.
class Edit
{
public:
    virtual ~Edit() = default;

    /// What the edit does, as the Edit menu names it ("Plan a retake of Module 3").
    virtual QString text() const = 0;
    /// The learner whose data it changes; 0 for shared data or many learners.
    virtual qint64 learnerId() const = 0;
    /// Which part of that data it changes.
    virtual Aspects aspects() const = 0;

    virtual Status apply() = 0;
    virtual Status revert() = 0;
};

} // namespace traject
