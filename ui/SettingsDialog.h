// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace traject {

/// The program's settings: for now the language of the interface.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    QComboBox *languageBox() const { return m_language; }
    void accept() override;

private:
    QComboBox *m_language = nullptr;
};

} // namespace traject
