// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "Clock.h"
#include "documents/ReportDocuments.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <cstdio>

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

int refused(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

int failed(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 2;
}

} // namespace

namespace ReportCommand {

std::optional<QDate> parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression belgian(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    QDate date;
    if (const auto match = belgian.match(trimmed); match.hasMatch())
        date = QDate(match.captured(3).toInt(), match.captured(2).toInt(),
                     match.captured(1).toInt());
    else if (const auto isoMatch = iso.match(trimmed); isoMatch.hasMatch())
        date = QDate(isoMatch.captured(1).toInt(), isoMatch.captured(2).toInt(),
                     isoMatch.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

int run(const QString &kind, const QString &fromText, const QString &toText, const QString &out,
        traject::Database &database, const traject::Clock &clock)
{
    using namespace traject;
    const QString report = kind.trimmed().toLower();
    const bool period = report == QLatin1String("profile") || report == QLatin1String("esf");
    if (!period && report != QLatin1String("meeting"))
        return refused(Messages::tr("--report takes profile (the caseload profile of a period), "
                                    "esf (the ESF+ report of a period) or meeting (the "
                                    "case-meeting sheet), not \"%1\".")
                           .arg(kind));
    if (out.trimmed().isEmpty())
        return refused(Messages::tr("Give the file to write with --out, e.g. --out report.pdf or "
                                    "--out report.csv."));
    if (auto format = ReportDocuments::formatOf(out); !format)
        return refused(format.error().message);

    const auto date = [](const QString &text) { return parseDate(text); };
    const auto from = date(fromText);
    if (!from)
        return refused(fromText.trimmed().isEmpty()
                           ? (period ? Messages::tr("Give the first day of the period with --from, "
                                                    "e.g. --from 01/09/2024.")
                                     : Messages::tr("Give the day of the last case meeting with "
                                                    "--from, e.g. --from 14/02/2025."))
                           : Messages::tr("\"%1\" is not a date: write it as dd/mm/yyyy or "
                                          "yyyy-mm-dd.")
                                 .arg(fromText));
    std::optional<QDate> to;
    if (!toText.trimmed().isEmpty()) {
        to = date(toText);
        if (!to)
            return refused(
                Messages::tr("\"%1\" is not a date: write it as dd/mm/yyyy or yyyy-mm-dd.")
                    .arg(toText));
    }

    const QString where = QDir::toNativeSeparators(out);
    if (period) {
        if (!to)
            return refused(Messages::tr("Give the last day of the period with --to, e.g. --to "
                                        "28/02/2025."));
        if (*to < *from)
            return refused(Messages::tr("The period ends (%1) before it starts (%2).")
                               .arg(to->toString(u"dd/MM/yyyy"), from->toString(u"dd/MM/yyyy")));
    }
    if (report == QLatin1String("esf")) {
        auto esf = EsfReport::make(database, *from, *to, clock.today());
        if (!esf)
            return failed(esf.error().message);
        if (auto written = ReportDocuments::writeEsf(database, clock, *esf, clock.today(), out);
            !written)
            return failed(written.error().message);
        std::printf("%s\n",
                    qPrintable(Messages::tr("The ESF+ report (%1 entered, %2 left) was written "
                                            "to %3.")
                                   .arg(esf->entered)
                                   .arg(esf->left)
                                   .arg(where)));
        return 0;
    }
    if (report == QLatin1String("profile")) {
        auto profile = CaseloadProfile::make(database, *from, *to);
        if (!profile)
            return failed(profile.error().message);
        if (auto written
            = ReportDocuments::writeProfile(database, clock, *profile, clock.today(), out);
            !written)
            return failed(written.error().message);
        std::printf("%s\n",
                    qPrintable(Messages::tr("The caseload profile (%1 learners) was "
                                            "written to %2.")
                                   .arg(profile->shownTotal(), where)));
        return 0;
    }

    const FixedClock today(to ? *to : clock.today());
    if (*from > today.today())
        return refused(
            Messages::tr("The last case meeting (%1) cannot be after today (%2).")
                .arg(from->toString(u"dd/MM/yyyy"), today.today().toString(u"dd/MM/yyyy")));
    auto meeting = CaseMeeting::make(database, today, *from);
    if (!meeting)
        return failed(meeting.error().message);
    if (auto written = ReportDocuments::writeMeeting(database, clock, *meeting, {}, out); !written)
        return failed(written.error().message);
    std::printf("%s\n",
                qPrintable(Messages::tr("The case-meeting sheet (%n learner(s)) was "
                                        "written to %1.",
                                        nullptr, int(meeting->suggestedIds().size()))
                               .arg(where)));
    return 0;
}

int mlpSummary(qint64 learnerId, const QString &out, traject::Database &database,
               const traject::Clock &clock)
{
    using namespace traject;
    if (auto format = ReportDocuments::formatOf(out);
        !format || *format != ReportDocuments::Format::Pdf)
        return refused(Messages::tr("The MLP summary is written as a PDF: give a file name that "
                                    "ends in .pdf with --out."));
    auto summary = MlpSummary::make(database, clock, learnerId);
    if (!summary)
        return refused(summary.error().message);
    if (auto written = ReportDocuments::writeMlp(database, clock, *summary, out); !written)
        return failed(written.error().message);
    std::printf("%s\n",
                qPrintable(Messages::tr("The MLP summary of %1 was written to %2.")
                               .arg(summary->learnerName, QDir::toNativeSeparators(out))));
    return 0;
}

} // namespace ReportCommand
