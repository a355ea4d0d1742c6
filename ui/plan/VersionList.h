// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/PlanVersion.h"

#include <QWidget>

#include <functional>
#include <vector>

class QLabel;
class QPushButton;
class QTableView;

namespace traject {

class PlanVersionModel;
class Session;

/// The stored versions of a document, newest first, with "Save copy as PDF…" for the chosen one:
/// the exact PDF that was printed or saved then, so that a paper copy can be made again.
class VersionList : public QWidget
{
    Q_OBJECT

public:
    /// `title` is the label over the list (with a &mnemonic that reaches the list).
    VersionList(Session &session, const QString &title, QWidget *parent = nullptr);

    PlanVersionModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *saveCopyButton() const { return m_saveCopy; }

    /// The name suggested for a copy of a version (without folder).
    void setFileName(std::function<QString(const PlanVersion &)> fileName);

    /// Shows these versions, keeping the chosen one when it is still there.
    void setVersions(std::vector<PlanVersion> versions);
    /// Chooses a version (when shown).
    void select(qint64 versionId);
    /// The chosen version (without its bytes), or nullptr.
    const PlanVersion *current() const;

    /// Writes the stored PDF of the chosen version to path.
    Status saveCopy(const QString &path);

Q_SIGNALS:
    /// A copy was written (a sentence to show), or it failed (the reason).
    void saved(const QString &message);
    void failed(const QString &message);

private:
    void askAndSaveCopy();
    void updateButtons();

    Session &m_session;
    PlanVersionModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_saveCopy = nullptr;
    std::function<QString(const PlanVersion &)> m_fileName;
};

} // namespace traject
