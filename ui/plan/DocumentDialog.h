// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "documents/PagedDocument.h"
#include "domain/PlanVersion.h"

#include <QDialog>

#include <vector>

class QDialogButtonBox;
class QLabel;
class QPrinter;
class QPushButton;

namespace traject {

class ErrorLabel;
class Session;
class VersionList;

/// What the dialogs for a printed document share: the options a subclass lays out, the stored
/// versions, and Preview / Print / Save as PDF. Printing or saving stores a numbered version
/// first, so that the paper always matches a stored version (a version is a fact, not an edit:
/// it is not undone); when the paper or the file fails, the version is removed again. The preview
/// stores nothing. Failures are shown in the dialog.
class DocumentDialog : public QDialog
{
    Q_OBJECT

public:
    /// What keeps the document from being made with the options chosen now, empty when nothing.
    virtual QString problem() const = 0;
    /// The message shown in red (a problem or a failure), empty when none.
    QString errorText() const;
    /// The sentence shown after printing or saving.
    QString doneText() const;

    QPushButton *previewButton() const { return m_preview; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *saveButton() const { return m_save; }
    VersionList *versions() const { return m_versions; }

    /// Paints the document as chosen on the printer without storing anything (the preview's
    /// paint path); it carries the number the next version will get.
    Status paintPreview(QPrinter *printer);
    /// Stores a new version, then prints that same document on the printer.
    Result<PlanVersion> printTo(QPrinter &printer);
    /// Stores a new version and writes its PDF to path; when the file cannot be written no
    /// version is kept, and the reason is shown.
    Result<PlanVersion> savePdf(const QString &path);

public Q_SLOTS:
    void preview();
    void print();
    void saveAs();
    void reloadVersions();

protected:
    DocumentDialog(Session &session, qint64 learnerId, QWidget *parent = nullptr);

    /// Lays the dialog out around the subclass's options: a title, the options, the stored
    /// versions (under versionsTitle), the messages and the buttons. Call it at the end of the
    /// subclass's constructor; the keyboard goes through optionOrder, then the versions and the
    /// buttons.
    void setUp(const QString &title, QWidget *options, const QList<QWidget *> &optionOrder,
               const QString &versionsTitle);

    /// The document as chosen, marked with this version number.
    virtual Result<PagedDocument> document(int number) const = 0;
    /// Makes the document as chosen with the next number and stores it with its PDF.
    virtual Result<PlanVersion> store() const = 0;
    /// The learner's stored versions of this kind of document, the newest first (they give the
    /// number of the next one).
    virtual Result<std::vector<PlanVersion>> storedVersions() const = 0;
    /// Whether a stored version is listed in this dialog (e.g. the sheets of one placement).
    virtual bool listed(const PlanVersion &) const { return true; }
    /// The document's name on paper, e.g. "Personal plan of …".
    virtual QString documentTitle() const = 0;
    /// The name of the PDF of a version (without folder).
    virtual QString fileName(int number) const = 0;

    /// Shows what stands in the way now and enables the actions when nothing does. Call it when
    /// an option changes.
    void updateActions();

    Session &m_session;
    qint64 m_learnerId = 0;

private:
    Error fail(const Error &error);
    void stored(const PlanVersion &version, const QString &message);
    void showDone(const QString &message);

    int m_nextNumber = 1;
    VersionList *m_versions = nullptr;
    ErrorLabel *m_error = nullptr;
    QLabel *m_done = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace traject
