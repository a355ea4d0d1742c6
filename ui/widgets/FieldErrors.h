// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Validation.h"

#include <QHash>
#include <QLabel>
#include <QPointer>

class QFormLayout;

namespace traject {

/// A small red message under a field; hidden while there is nothing to say.
class ErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget *parent = nullptr);
    void setError(const QString &message);
};

/// Shows validation problems next to the fields they belong to, instead of in dialogs.
/// Register each input with the model's field name; show() puts every message in place.
class FieldErrors
{
public:
    /// Adds "label: input" to the form with an error line under it, and registers the field.
    void addRow(QFormLayout *form, const QString &label, QWidget *input, const QString &field);
    /// Registers a field whose error label is placed by the caller.
    void add(const QString &field, QWidget *input, ErrorLabel *label);

    /// Shows these problems (and clears the fields without one). Returns true when there were none.
    bool show(const Problems &problems);
    /// Shows the problems for one field only, leaving the others as they are.
    bool showFor(const QString &field, const Problems &problems);
    void clear();
    QString errorFor(const QString &field) const;

private:
    struct Entry
    {
        QPointer<QWidget> input;
        QPointer<ErrorLabel> label;
    };
    QHash<QString, Entry> m_entries;
};

} // namespace traject
