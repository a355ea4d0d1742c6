// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportActions.h"

#include "Settings.h"
#include "reports/CaseMeetingDialog.h"
#include "reports/EsfReportDialog.h"
#include "reports/MlpSummaryDialog.h"
#include "reports/ProfileDialog.h"
#include "widgets/MessageBox.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QPushButton>
#include <QStandardPaths>

#include <memory>

namespace traject {

namespace {

/// The day of the last case meeting, as yyyy-mm-dd (empty: none yet).
inline const SettingKey<QString> LastCaseMeeting { "reports/lastCaseMeeting", {} };

std::function<QString(const QString &)> &fileChooser()
{
    static std::function<QString(const QString &)> choose;
    return choose;
}

QString &settingsFile()
{
    static QString fileName;
    return fileName;
}

std::unique_ptr<Settings> settings()
{
    return settingsFile().isEmpty() ? std::make_unique<Settings>()
                                    : std::make_unique<Settings>(settingsFile());
}

} // namespace

void ReportActions::showCaseloadProfile(Session &session, QWidget *parent)
{
    ProfileDialog dialog(session, parent);
    dialog.exec();
}

void ReportActions::showEsfReport(Session &session, QWidget *parent)
{
    EsfReportDialog dialog(session, parent);
    dialog.exec();
}

void ReportActions::showMlpSummary(Session &session, qint64 learnerId, QWidget *parent)
{
    MlpSummaryDialog dialog(session, learnerId, parent);
    dialog.exec();
}

void ReportActions::showCaseMeetingSheet(Session &session, QWidget *parent)
{
    CaseMeetingDialog dialog(session, parent);
    dialog.exec();
}

QDialogButtonBox *ReportActions::saveButtons(QDialog *dialog, std::function<void(bool pdf)> saveAs,
                                             QPushButton *&pdf, QPushButton *&csv)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    pdf = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    csv = buttons->addButton(tr("Save as &CSV…"), QDialogButtonBox::ActionRole);
    pdf->setAutoDefault(false);
    csv->setAutoDefault(false);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(pdf, &QPushButton::clicked, dialog, [saveAs] { saveAs(true); });
    QObject::connect(csv, &QPushButton::clicked, dialog, [saveAs] { saveAs(false); });
    return buttons;
}

QString ReportActions::save(QWidget *parent, const QString &title, const QString &suggested,
                            const std::function<Status(const QString &)> &write)
{
    const QString proposal
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(suggested);
    const QString filter = suggested.endsWith(QLatin1String(".csv")) ? tr("CSV file (*.csv)")
                                                                     : tr("PDF document (*.pdf)");
    const QString path = fileChooser()
        ? fileChooser()(proposal)
        : QFileDialog::getSaveFileName(parent, title, proposal, filter);
    if (path.isEmpty())
        return {};
    if (auto written = write(path); !written) {
        MessageBox::warning(parent, title, written.error().message);
        return {};
    }
    return path;
}

void ReportActions::setFileChooser(std::function<QString(const QString &)> choose)
{
    fileChooser() = std::move(choose);
}

void ReportActions::setSettingsFile(const QString &fileName)
{
    settingsFile() = fileName;
}

QDate ReportActions::lastMeeting()
{
    return QDate::fromString(settings()->get(LastCaseMeeting), Qt::ISODate);
}

void ReportActions::setLastMeeting(QDate day)
{
    settings()->set(LastCaseMeeting, day.toString(Qt::ISODate));
}

} // namespace traject
