// SPDX-License-Identifier: GPL-3.0-or-later
// The stored versions of printed plans and attendance sheets.
#include "RepositoryFixtures.h"

#include "demo/DemoData.h"
#include "storage/PlanVersionRepository.h"
#include "storage/internal/DeletionSnapshot.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

/// A few KB that look like a PDF but hold every byte value, zero bytes included.
QByteArray pdfBytes(int seed = 0)
{
    QByteArray bytes("%PDF-1.4\n");
    for (int i = 0; i < 4096; ++i)
        bytes.append(static_cast<char>((i * 7 + seed) % 256));
    bytes.append(QByteArray(16, '\0'));
    bytes.append("\n%%EOF\n");
    return bytes;
}

PlanVersion plan(qint64 learnerId, const char *audience = "learner")
{
    PlanVersion version;
    version.learnerId = learnerId;
    version.kind = DocumentKind::Plan;
    version.audience = QString::fromLatin1(audience);
    version.sections
        = { QStringLiteral("timeline"), QStringLiteral("rolecard"), QStringLiteral("barriers") };
    version.pages = 3;
    version.pdf = pdfBytes();
    return version;
}

PlanVersion attendanceSheet(qint64 learnerId, qint64 placementId)
{
    PlanVersion version;
    version.learnerId = learnerId;
    version.kind = DocumentKind::Attendance;
    version.subjectId = placementId;
    version.pages = 2;
    version.pdf = pdfBytes(1);
    return version;
}

std::vector<int> numbers(const std::vector<PlanVersion> &versions)
{
    std::vector<int> result;
    for (const auto &version : versions)
        result.push_back(version.number);
    return result;
}

} // namespace

TEST_CASE("document kinds have stable codes and labels")
{
    CHECK(toCode(DocumentKind::Plan) == QStringLiteral("plan"));
    CHECK(toCode(DocumentKind::Attendance) == QStringLiteral("attendance"));
    CHECK(fromCode<DocumentKind>(u"attendance") == DocumentKind::Attendance);
    CHECK(label(DocumentKind::Plan) == QStringLiteral("Personal plan"));
    CHECK(label(DocumentKind::Attendance) == QStringLiteral("Attendance sheet"));
    CHECK(allValues<DocumentKind>().size() == 2);
}

TEST_CASE("plan versions are numbered per learner and per kind")
{
    auto db = memoryDatabase();
    FixedClock clock(QDateTime(fixedToday(), QTime(10, 15, 30, 456)));
    PlanVersionRepository repo(*db, clock);
    const qint64 amina = addLearner(*db, clock);
    const qint64 fatima = addLearner(*db, clock, QStringLiteral("El Idrissi"));

    for (int expected = 1; expected <= 3; ++expected) {
        PlanVersion version = plan(amina);
        const qint64 id = require(repo.add(version));
        CHECK(version.id == id);
        CHECK(version.number == expected);
        // The clock's now, to the second.
        CHECK(version.createdAt == QDateTime(fixedToday(), QTime(10, 15, 30)));
    }

    // Stored as an ISO date-time to the second.
    CHECK(require(sql::scalar(*db,
                              QStringLiteral("SELECT count(*) FROM plan_version WHERE "
                                             "created_at = '2025-03-14T10:15:30'")))
          == 3);

    PlanVersion sheet = attendanceSheet(amina, 7);
    require(repo.add(sheet));
    CHECK(sheet.number == 1); // attendance sheets have their own numbers
    PlanVersion secondSheet = attendanceSheet(amina, 7);
    require(repo.add(secondSheet));
    CHECK(secondSheet.number == 2);

    PlanVersion other = plan(fatima, "workplace");
    require(repo.add(other));
    CHECK(other.number == 1); // another learner starts at 1

    PlanVersion fourth = plan(amina);
    require(repo.add(fourth));
    CHECK(fourth.number == 4);

    CHECK(numbers(require(repo.forLearner(amina, DocumentKind::Plan)))
          == std::vector<int> { 4, 3, 2, 1 });
    CHECK(numbers(require(repo.forLearner(amina, DocumentKind::Attendance)))
          == std::vector<int> { 2, 1 });
    CHECK(numbers(require(repo.forLearner(fatima, DocumentKind::Plan))) == std::vector<int> { 1 });
    CHECK(require(repo.forLearner(fatima, DocumentKind::Attendance)).empty());
}

TEST_CASE("the list of versions comes newest first and without the PDF bytes")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    PlanVersionRepository repo(*db, clock);
    const qint64 learner = addLearner(*db, clock);

    std::vector<PlanVersion> stored;
    const char *audiences[] = { "learner", "workplace", "partner" };
    for (int i = 0; i < 3; ++i) {
        clock.set(QDateTime(fixedToday().addDays(i), QTime(9 + i, 0)));
        PlanVersion version = plan(learner, audiences[i]);
        version.language = i == 2 ? QStringLiteral("en") : QStringLiteral("nl");
        require(repo.add(version));
        stored.push_back(version);
    }

    const auto list = require(repo.forLearner(learner, DocumentKind::Plan));
    REQUIRE(list.size() == 3);
    for (std::size_t i = 0; i < list.size(); ++i) {
        const PlanVersion &listed = list.at(i);
        PlanVersion expected = stored.at(stored.size() - 1 - i);
        CAPTURE(i);
        CHECK(listed.pdf.isEmpty());
        CHECK(listed.number == expected.number);
        CHECK(listed.createdAt == expected.createdAt);
        expected.pdf.clear();
        CHECK(listed == expected); // everything else is there
    }
    CHECK(list.front().audience == QStringLiteral("partner"));
    CHECK(list.front().language == QStringLiteral("en"));
    CHECK(list.front().createdAt == QDateTime(fixedToday().addDays(2), QTime(11, 0)));
}

TEST_CASE("a stored version gives back its PDF byte for byte")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    PlanVersionRepository repo(*db, clock);
    const qint64 learner = addLearner(*db, clock);

    PlanVersion sheet = attendanceSheet(learner, 42);
    sheet.createdAt
        = QDateTime(QDate(2025, 2, 3), QTime(14, 5, 9, 999)); // given: kept, to the second
    sheet.sections = {};
    const qint64 id = require(repo.add(sheet));
    CHECK(sheet.createdAt == QDateTime(QDate(2025, 2, 3), QTime(14, 5, 9)));

    const PlanVersion back = require(repo.get(id));
    CHECK(back.pdf.size() == pdfBytes(1).size());
    CHECK(back.pdf == pdfBytes(1));
    CHECK(back.pdf.count('\0') > 16);
    CHECK(back.subjectId == std::optional<qint64>(42));
    CHECK(back.audience.isEmpty());
    CHECK(back.sections.isEmpty());
    CHECK(back == sheet);

    PlanVersion version = plan(learner, "partner");
    version.subjectId.reset();
    require(repo.add(version));
    CHECK(require(repo.get(version.id)) == version);

    const auto missing = repo.get(version.id + 100);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QLatin1String("does not exist")));
}

TEST_CASE("a version without a PDF or of an unknown learner is refused, nothing is stored")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    PlanVersionRepository repo(*db, clock);
    const qint64 learner = addLearner(*db, clock);

    PlanVersion empty = plan(learner);
    empty.pdf.clear();
    const auto refused = repo.add(empty);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QLatin1String("PDF is empty")));
    CHECK(empty.id == 0);
    CHECK(empty.number == 0);
    CHECK_FALSE(empty.createdAt.isValid());

    PlanVersion stranger = plan(learner + 100);
    const auto unknown = repo.add(stranger);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QLatin1String("learner does not exist")));
    CHECK(stranger.id == 0);

    PlanVersion badSection = plan(learner);
    badSection.sections.append(QStringLiteral("a,b"));
    CHECK_FALSE(repo.add(badSection).ok());

    CHECK(rowCount(*db, "plan_version") == 0);

    // Nothing was used up: the first stored version is still number 1.
    PlanVersion good = plan(learner);
    require(repo.add(good));
    CHECK(good.number == 1);
}

TEST_CASE("a removed version is gone; the others keep their numbers")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    PlanVersionRepository repo(*db, clock);
    const qint64 learner = addLearner(*db, clock);
    std::vector<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        PlanVersion version = plan(learner);
        ids.push_back(require(repo.add(version)));
    }
    require(repo.remove(ids.at(1)));
    CHECK_FALSE(repo.get(ids.at(1)).ok());
    CHECK(numbers(require(repo.forLearner(learner, DocumentKind::Plan)))
          == std::vector<int> { 3, 1 });
    CHECK_FALSE(repo.remove(ids.at(1)).ok());

    PlanVersion next = plan(learner);
    require(repo.add(next));
    CHECK(next.number == 4);
}

TEST_CASE("a learner's versions go with the learner and come back with an undone removal")
{
    FixedClock clock(fixedToday());
    auto db = memoryDatabase();
    require(demo::fillDemoCaseload(*db, clock));
    PlanVersionRepository repo(*db, clock);
    const qint64 learner
        = require(sql::scalar(*db, QStringLiteral("SELECT learner_id FROM placement LIMIT 1")));
    const qint64 placement = require(sql::scalar(
        *db,
        QStringLiteral("SELECT id FROM placement WHERE learner_id = %1 LIMIT 1").arg(learner)));
    const qint64 other = require(sql::scalar(
        *db, QStringLiteral("SELECT id FROM learner WHERE id <> %1 LIMIT 1").arg(learner)));

    PlanVersion first = plan(learner);
    PlanVersion second = plan(learner, "workplace");
    second.pdf = pdfBytes(3);
    PlanVersion sheet = attendanceSheet(learner, placement);
    PlanVersion kept = plan(other);
    for (PlanVersion *version : { &first, &second, &sheet, &kept })
        require(repo.add(*version));

    const auto snapshot
        = require(DeletionSnapshot::capture(*db, QStringLiteral("learner"), learner));
    const qint64 learnerRows = rowCount(*db, "learner", QStringLiteral("id = %1").arg(learner));
    CHECK(learnerRows == 1);
    require(LearnerRepository(*db, clock).remove(learner));
    CHECK(rowCount(*db, "plan_version", QStringLiteral("learner_id = %1").arg(learner)) == 0);
    CHECK(require(repo.forLearner(learner, DocumentKind::Plan)).empty());
    CHECK(require(repo.get(kept.id)) == kept); // another learner's versions stay

    require(snapshot.restore(*db));
    CHECK(require(repo.get(first.id)) == first);
    CHECK(require(repo.get(second.id)) == second);
    CHECK(require(repo.get(sheet.id)) == sheet);
    CHECK(require(repo.get(second.id)).pdf == pdfBytes(3));
    CHECK(numbers(require(repo.forLearner(learner, DocumentKind::Plan)))
          == std::vector<int> { 2, 1 });

    // The attendance sheet outlives its placement.
    auto removed = require(DeletionSnapshot::capture(*db, QStringLiteral("placement"), placement));
    require(DeletionSnapshot::remove(*db, QStringLiteral("placement"), placement));
    CHECK(require(repo.get(sheet.id)) == sheet);
    require(removed.restore(*db));
}

} // namespace TRAJECT_UNITY_ID
