// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace traject {

/// The bar above the window of a plain (not encrypted) file: "Dit bestand is niet versleuteld"
/// with a button that encrypts it; for the demo database it says why it stays plain.
class EncryptionBar : public QFrame
{
    Q_OBJECT

public:
    explicit EncryptionBar(QWidget *parent = nullptr);

    /// The demo database: made-up learners, so it stays plain and says so (no button).
    void setDemo(bool demo);

    QLabel *label() const { return m_label; }
    QPushButton *encryptButton() const { return m_encrypt; }

Q_SIGNALS:
    void encryptRequested();

private:
    QLabel *m_label = nullptr;
    QPushButton *m_encrypt = nullptr;
};

} // namespace traject
