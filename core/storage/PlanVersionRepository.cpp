// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanVersionRepository.h"

#include "storage/internal/Sql.h"

namespace traject {

namespace {

const QString Table = QStringLiteral("plan_version");

/// Every column but the PDF: what a list of versions reads.
const QString ListColumns = QStringLiteral(
    "id, learner_id, kind, number, created_at, audience, language, sections, subject_id, pages");

QDateTime toSeconds(const QDateTime &at)
{
    return at.addMSecs(-at.time().msec());
}

PlanVersion readVersion(const QSqlQuery &q)
{
    using namespace sql;
    PlanVersion v;
    v.id = value(q, "id").toLongLong();
    v.learnerId = value(q, "learner_id").toLongLong();
    v.kind = enumValue(q, "kind", DocumentKind::Plan);
    v.number = value(q, "number").toInt();
    v.createdAt = QDateTime::fromString(text(q, "created_at"), Qt::ISODate);
    v.audience = text(q, "audience");
    v.language = text(q, "language");
    v.sections = text(q, "sections").split(QLatin1Char(','), Qt::SkipEmptyParts);
    v.subjectId = toOptionalId(value(q, "subject_id"));
    v.pages = value(q, "pages").toInt();
    return v;
}

PlanVersion readVersionWithPdf(const QSqlQuery &q)
{
    PlanVersion v = readVersion(q);
    v.pdf = sql::value(q, "pdf").toByteArray();
    return v;
}

} // namespace

Result<qint64> PlanVersionRepository::add(PlanVersion &version)
{
    if (version.pdf.isEmpty())
        return Error { tr("The document could not be kept as a version: its PDF is empty."), {} };
    for (const auto &section : std::as_const(version.sections)) {
        if (section.isEmpty() || section.contains(QLatin1Char(',')))
            return Error { tr("The document could not be kept as a version: a section code is "
                              "empty or contains a comma."),
                           section };
    }

    PlanVersion stored = version;
    stored.createdAt = toSeconds(version.createdAt.isValid() ? version.createdAt : m_clock.now());
    const QString kind = toCode(stored.kind);
    const QString unknownLearner
        = tr("This learner does not exist (number %1).").arg(stored.learnerId);

    auto id = sql::inTransaction(m_db, [&]() -> Result<qint64> {
        const sql::Binds learner { { QStringLiteral("learner"), stored.learnerId } };
        auto exists = sql::scalar(
            m_db, QStringLiteral("SELECT count(*) FROM learner WHERE id = :learner"), learner);
        if (!exists)
            return exists.error();
        if (*exists == 0)
            return Error { unknownLearner, {} };
        auto highest = sql::scalar(
            m_db,
            QStringLiteral("SELECT coalesce(max(number), 0) FROM "
                           "plan_version WHERE learner_id = :learner "
                           "AND kind = :kind"),
            { { QStringLiteral("learner"), stored.learnerId }, { QStringLiteral("kind"), kind } });
        if (!highest)
            return highest.error();
        stored.number = static_cast<int>(*highest) + 1;
        return sql::insert(
            m_db, Table,
            {
                { QStringLiteral("learner_id"), stored.learnerId },
                { QStringLiteral("kind"), kind },
                { QStringLiteral("number"), stored.number },
                { QStringLiteral("created_at"), stored.createdAt.toString(Qt::ISODate) },
                { QStringLiteral("audience"), stored.audience },
                { QStringLiteral("language"), stored.language },
                { QStringLiteral("sections"), stored.sections.join(QLatin1Char(',')) },
                { QStringLiteral("subject_id"), sql::optionalId(stored.subjectId) },
                { QStringLiteral("pages"), stored.pages },
                { QStringLiteral("pdf"), stored.pdf },
            });
    });
    id = sql::explain(std::move(id), sql::Constraint::ForeignKey, unknownLearner);
    if (id) {
        version.id = *id;
        version.number = stored.number;
        version.createdAt = stored.createdAt;
    }
    return id;
}

Result<std::vector<PlanVersion>> PlanVersionRepository::forLearner(qint64 learnerId,
                                                                   DocumentKind kind) const
{
    return sql::select<PlanVersion>(
        m_db,
        QStringLiteral("SELECT %1 FROM plan_version WHERE learner_id "
                       "= :learner AND kind = :kind "
                       "ORDER BY number DESC")
            .arg(ListColumns),
        { { QStringLiteral("learner"), learnerId }, { QStringLiteral("kind"), toCode(kind) } },
        readVersion);
}

Result<PlanVersion> PlanVersionRepository::get(qint64 id) const
{
    return sql::selectOne<PlanVersion>(
        m_db, QStringLiteral("SELECT * FROM plan_version WHERE id = :id"),
        { { QStringLiteral("id"), id } }, readVersionWithPdf,
        tr("This version of the document does not exist (number %1).").arg(id));
}

Status PlanVersionRepository::remove(qint64 id)
{
    return sql::inTransaction(m_db, [&] { return sql::remove(m_db, Table, id); });
}

} // namespace traject
