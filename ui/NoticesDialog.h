// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace traject {

/// Help > Third-party licences: the notices of the software compiled into the program (SQLite,
/// SQLite3 Multiple Ciphers and the cipher code inside it), as their licences ask a binary to
/// carry them. The text is resources/notices/third-party.txt, kept in English as written.
class NoticesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NoticesDialog(QWidget *parent = nullptr);

    /// The notices as shipped inside the program.
    static QString text();
};

} // namespace traject
