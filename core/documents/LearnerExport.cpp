// SPDX-License-Identifier: GPL-3.0-or-later
#include "LearnerExport.h"

#include "Clock.h"
#include "Files.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/internal/Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace traject {

namespace {

const char *const style = R"(
.title { font-size: 15pt; font-weight: bold; margin-top: 0px; margin-bottom: 4px; }
.section { font-size: 11pt; font-weight: bold; margin-top: 12px; margin-bottom: 2px;
           color: #1f4e79; }
.row { margin-top: 6px; margin-bottom: 0px; font-weight: bold; color: #333333; }
p { margin-top: 0px; margin-bottom: 1px; }
.label { color: #555555; }
.meta { color: #333333; }
)";

bool isBinary(const QVariant &value)
{
    return value.typeId() == QMetaType::QByteArray;
}

QJsonValue jsonValue(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return QJsonObject { { QStringLiteral("base64"), QString::fromLatin1(bytes.toBase64()) },
                             { QStringLiteral("bytes"), bytes.size() } };
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    default:
        return value.toString();
    }
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

LearnerExport::LearnerExport(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

QString LearnerExport::tableTitle(const QString &table)
{
    static const QList<QPair<QString, const char *>> titles {
        { QStringLiteral("learner"), QT_TR_NOOP("Learner") },
        { QStringLiteral("learner_child"), QT_TR_NOOP("Children") },
        { QStringLiteral("phase_change"), QT_TR_NOOP("Phase changes") },
        { QStringLiteral("role_assignment"), QT_TR_NOOP("Role card") },
        { QStringLiteral("enrolment"), QT_TR_NOOP("Training") },
        { QStringLiteral("module_plan"), QT_TR_NOOP("Modules in the plan") },
        { QStringLiteral("placement"), QT_TR_NOOP("Workplace learning") },
        { QStringLiteral("placement_day"), QT_TR_NOOP("Workplace learning days") },
        { QStringLiteral("barrier"), QT_TR_NOOP("Barriers") },
        { QStringLiteral("barrier_block"), QT_TR_NOOP("What the barriers block") },
        { QStringLiteral("action"), QT_TR_NOOP("Actions") },
        { QStringLiteral("contact_moment"), QT_TR_NOOP("Logbook") },
        { QStringLiteral("aftercare"), QT_TR_NOOP("Aftercare") },
        { QStringLiteral("outcome"), QT_TR_NOOP("Outflow") },
        { QStringLiteral("plan_version"), QT_TR_NOOP("Trajectory plans kept") },
        { QStringLiteral("intake"), QT_TR_NOOP("Intake interviews") },
        { QStringLiteral("intake_answer"), QT_TR_NOOP("Intake answers") },
        { QStringLiteral("support_person"), QT_TR_NOOP("Support network") },
        { QStringLiteral("consent"), QT_TR_NOOP("Consents") },
    };
    for (const auto &title : titles) {
        if (title.first == table)
            return tr(title.second);
    }
    return table;
}

Result<QList<TableRows>> LearnerExport::rows(qint64 learnerId) const
{
    auto found = learnerRows(m_database, learnerId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error { tr("There is no learner with number %1.").arg(learnerId), {} };
    return found;
}

Result<QByteArray> LearnerExport::json(qint64 learnerId) const
{
    auto found = rows(learnerId);
    if (!found)
        return found.error();
    QJsonObject tables;
    for (const auto &table : std::as_const(*found)) {
        QJsonArray array;
        for (const auto &values : table.rows) {
            QJsonObject row;
            for (int i = 0; i < table.columns.size(); ++i)
                row.insert(table.columns.at(i), jsonValue(values.at(i)));
            array.append(row);
        }
        tables.insert(table.table, array);
    }
    const QJsonObject root {
        { QStringLiteral("learner"), learnerId },
        { QStringLiteral("exported_at"),
          m_clock.now().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) },
        { QStringLiteral("tables"), tables },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<PagedDocument> LearnerExport::document(qint64 learnerId) const
{
    auto found = rows(learnerId);
    if (!found)
        return found.error();
    const TableRows &learner = found->first();
    const auto column = [&](const char *name) {
        const auto index = learner.columns.indexOf(QLatin1String(name));
        return index < 0 ? QString() : learner.rows.first().at(index).toString();
    };
    const QString name = column("first_name") + QLatin1Char(' ') + column("last_name");
    const QString today = m_clock.today().toString(QStringLiteral("dd/MM/yyyy"));

    QString html
        = QStringLiteral("<html><head><style>%1</style></head><body>").arg(QLatin1String(style));
    html += QStringLiteral("<p class=\"title\">%1</p>")
                .arg(escaped(tr("Everything stored about %1").arg(name)));
    html += QStringLiteral("<p class=\"meta\">%1</p>")
                .arg(escaped(tr("Learner number %1, exported on %2.").arg(learnerId).arg(today)));
    for (const auto &table : std::as_const(*found)) {
        html += QStringLiteral("<p class=\"section\">%1 (%2)</p>")
                    .arg(escaped(tableTitle(table.table)))
                    .arg(table.rows.size());
        int number = 0;
        for (const auto &values : table.rows) {
            if (table.rows.size() > 1)
                html += QStringLiteral("<p class=\"row\">%1</p>").arg(++number);
            for (int i = 0; i < table.columns.size(); ++i) {
                const QVariant &value = values.at(i);
                if (value.isNull() || value.toString().isEmpty())
                    continue;
                const QString shown = isBinary(value)
                    ? tr("(document of %n byte(s), in the JSON file)", nullptr,
                         static_cast<int>(value.toByteArray().size()))
                    : value.toString();
                html += QStringLiteral("<p><span class=\"label\">%1:</span> %2</p>")
                            .arg(escaped(table.columns.at(i)), escaped(shown));
            }
        }
    }
    html += QStringLiteral("</body></html>");

    PagedDocument document;
    document.setHtml(html);
    document.setTitle(tr("Data of %1").arg(name));
    document.setFooter(tr("Data of %1 · %2").arg(name, today));
    return document;
}

Result<LearnerExportFiles> LearnerExport::write(qint64 learnerId, const QString &dir) const
{
    LearnerExportFiles files;
    const QDir folder(dir);
    files.json = folder.filePath(QStringLiteral("cursist-%1.json").arg(learnerId));
    files.pdf = folder.filePath(QStringLiteral("cursist-%1.pdf").arg(learnerId));
    if (auto writable = checkWritable(files.json); !writable)
        return writable.error();

    auto found = rows(learnerId);
    if (!found)
        return found.error();
    for (const auto &table : std::as_const(*found))
        files.rows.append({ table.table, static_cast<int>(table.rows.size()) });
    auto json = this->json(learnerId);
    if (!json)
        return json.error();
    auto made = document(learnerId);
    if (!made)
        return made.error();
    auto pdf = made->toPdf();
    if (!pdf)
        return pdf.error();
    files.pages = pdf->pages;

    // The audit entry is kept only when both files were written.
    return sql::inTransaction(m_database, [&]() -> Result<LearnerExportFiles> {
        QStringList counts;
        for (const auto &entry : std::as_const(files.rows))
            counts.append(QStringLiteral("%1 %2").arg(entry.first).arg(entry.second));
        auto logged = AuditLog(m_database, m_clock)
                          .append(AuditAction::Export, learnerSubject(learnerId),
                                  counts.join(QLatin1String(", ")));
        if (!logged)
            return logged.error();
        if (auto written = writeFileAtomically(files.json, *json); !written)
            return written.error();
        if (auto written = writeFileAtomically(files.pdf, pdf->bytes); !written) {
            QFile::remove(files.json);
            return written.error();
        }
        return files;
    });
}

} // namespace traject
