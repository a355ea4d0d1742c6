// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/MlpSummaryDialog.h"

#include "Session.h"
#include "documents/ReportDocuments.h"
#include "plan/DocumentOutput.h"
#include "reports/ReportActions.h"
#include "storage/AuditLog.h"
#include "widgets/FieldErrors.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace traject {

MlpSummaryDialog::MlpSummaryDialog(Session &session, qint64 learnerId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("MLP summary"));
    auto *layout = new QVBoxLayout(this);
    auto made = MlpSummary::make(session.database(), session.clock(), learnerId);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!made) {
        auto *error = new ErrorLabel(this);
        error->setError(made.error().message);
        layout->addWidget(error);
        layout->addWidget(buttons);
        return;
    }
    m_summary = *made;
    m_loaded = true;
    setWindowTitle(tr("MLP summary: %1").arg(m_summary.learnerName));

    auto *intro = new QLabel(tr("What to type into \"Mijn Loopbaan voor partners\", block by "
                                "block. Each button copies its block to paste."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *content = new QWidget;
    auto *blocks = new QVBoxLayout(content);
    // The values of every block start at the same place.
    int labelWidth = 0;
    for (const MlpSummary::Block &block : m_summary.blocks) {
        for (const auto &line : block.lines)
            labelWidth = std::max(labelWidth, fontMetrics().horizontalAdvance(line.first));
    }
    for (const MlpSummary::Block &block : m_summary.blocks) {
        auto *box = new QGroupBox(block.title);
        auto *grid = new QGridLayout(box);
        int row = 0;
        for (const auto &[label, value] : block.lines) {
            auto *name = new QLabel(label);
            auto *shown = new QLabel(value.trimmed().isEmpty() ? QStringLiteral("–") : value);
            shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
            shown->setWordWrap(true);
            name->setBuddy(shown);
            grid->addWidget(name, row, 0, Qt::AlignTop);
            grid->addWidget(shown, row, 1);
            ++row;
        }
        grid->setColumnStretch(1, 1);
        grid->setColumnMinimumWidth(0, labelWidth + fontMetrics().averageCharWidth() * 2);
        auto *copyButton = new QPushButton(tr("Copy"));
        copyButton->setAccessibleName(tr("Copy \"%1\"").arg(block.title));
        copyButton->setAutoDefault(false);
        grid->addWidget(copyButton, 0, 2, std::max<int>(1, int(block.lines.size())), 1,
                        Qt::AlignTop);
        const QString text = block.text();
        const QString title = block.title;
        connect(copyButton, &QPushButton::clicked, this,
                [this, text, title] { copy(text, title); });
        m_copyButtons.append(copyButton);
        blocks->addWidget(box);
    }
    blocks->addStretch();
    auto *scroll = new QScrollArea(this);
    // Not a Tab stop: the fields in it are (it scrolls to the one with the focus).
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    m_copied = new QLabel(this);
    layout->addWidget(m_copied);
    m_copyAll = buttons->addButton(tr("Copy &all"), QDialogButtonBox::ActionRole);
    m_pdf = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    for (QPushButton *button : { m_copyAll, m_pdf })
        button->setAutoDefault(false);
    connect(m_copyAll, &QPushButton::clicked, this,
            [this] { copy(m_summary.text(), tr("the whole summary")); });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        // A file name holds no name: the folder listing and the desktop's list of recent
        // files are not encrypted.
        const QString name = output::safeFileName(tr("MLP summary %1").arg(m_summary.fileTag))
            + QStringLiteral(".pdf");
        m_saved = ReportActions::save(
            this, tr("Save the MLP summary"), name, [this](const QString &path) {
                return ReportDocuments::writeMlp(m_session.database(), m_session.clock(), m_summary,
                                                 path);
            });
    });
    layout->addWidget(buttons);
    resize(620, 720);
}

void MlpSummaryDialog::copy(const QString &text, const QString &what)
{
    // The clipboard takes the data out of the program, as an export does: logged first, and
    // not copied when it cannot be logged.
    auto logged = AuditLog(m_session.database(), m_session.clock())
                      .append(AuditAction::Export, learnerSubject(m_summary.learnerId),
                              QStringLiteral("MLP summary, copied to the clipboard"));
    if (!logged) {
        m_copied->setText(logged.error().message);
        return;
    }
    QGuiApplication::clipboard()->setText(text);
    m_copied->setText(tr("Copied: %1.").arg(what));
}

} // namespace traject
