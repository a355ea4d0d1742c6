// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/MlpSummary.h"

#include <QDialog>
#include <QList>

class QPushButton;

namespace traject {

class Session;

/// A learner's MLP summary on screen, one block per action, each with a button that copies it to
/// the clipboard for VDAB's partner platform; the whole summary can be copied or saved as a PDF.
class MlpSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    MlpSummaryDialog(Session &session, qint64 learnerId, QWidget *parent = nullptr);

    /// False when the learner could not be read (the dialog then says why).
    bool isLoaded() const { return m_loaded; }
    const MlpSummary &summary() const { return m_summary; }
    /// The copy button of each block, in order.
    const QList<QPushButton *> &copyButtons() const { return m_copyButtons; }
    QPushButton *copyAllButton() const { return m_copyAll; }
    QPushButton *pdfButton() const { return m_pdf; }
    /// Where the last save wrote (empty: nothing saved).
    QString lastSaved() const { return m_saved; }

private:
    void copy(const QString &text, const QString &what);

    Session &m_session;
    MlpSummary m_summary;
    bool m_loaded = false;
    QList<QPushButton *> m_copyButtons;
    QPushButton *m_copyAll = nullptr;
    QPushButton *m_pdf = nullptr;
    class QLabel *m_copied = nullptr;
    QString m_saved;
};

} // namespace traject
