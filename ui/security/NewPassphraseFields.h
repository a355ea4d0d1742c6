// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace traject {

class PassphraseField;

/// A new passphrase typed twice, with a hint of its strength as it is typed.
class NewPassphraseFields : public QWidget
{
    Q_OBJECT

public:
    explicit NewPassphraseFields(QWidget *parent = nullptr);

    PassphraseField *first() const { return m_first; }
    PassphraseField *second() const { return m_second; }
    QLabel *strengthHint() const { return m_strength; }

    /// What is wrong with the passphrase typed, in words for the SPOC; empty when it can be used.
    QString problem() const;
    QString passphrase() const;

Q_SIGNALS:
    void changed();

private:
    void showStrength();

    PassphraseField *m_first = nullptr;
    PassphraseField *m_second = nullptr;
    QLabel *m_strength = nullptr;
};

} // namespace traject
