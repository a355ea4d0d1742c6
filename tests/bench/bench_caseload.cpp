// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the caseload list and the dossier on a large generated caseload.
// Not a pass/fail test: it prints, per operation, the median and worst time next to the time of
// the bare SQLite queries that do the same work (the floor), and their ratio.
//
//   bench_caseload [--learners 10000] [--runs 15] [--db file.sqlite] [--fresh]
//
// Without --db the generated database is kept in the temporary folder and reused next time.

#include "BenchSupport.h"
#include "Session.h"
#include "caseload/CaseloadFilterModel.h"
#include "caseload/CaseloadModel.h"
#include "caseload/CaseloadPanel.h"
#include "demo/CaseloadGenerator.h"
#include "dossier/DossierWidget.h"
#include "overview/Overview.h"
#include "storage/CaseloadQuery.h"
#include "storage/Database.h"
#include "storage/internal/Sql.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTabWidget>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <vector>

using namespace traject;
using namespace traject::bench;

namespace {

/// The bare queries that load everything of one learner's dossier.
void loadDossierRows(const Database &db, qint64 learner)
{
    static const char *const statements[] = {
        "SELECT * FROM learner WHERE id = :id",
        "SELECT * FROM learner_child WHERE learner_id = :id",
        "SELECT * FROM phase_change WHERE learner_id = :id ORDER BY date, id",
        "SELECT * FROM barrier WHERE learner_id = :id ORDER BY category, detected_on",
        "SELECT * FROM action WHERE learner_id = :id ORDER BY due_date IS NULL, due_date",
        "SELECT * FROM placement WHERE learner_id = :id ORDER BY start_date",
        "SELECT d.* FROM placement_day d JOIN placement p ON p.id = d.placement_id "
        "WHERE p.learner_id = :id ORDER BY d.date",
        "SELECT * FROM contact_moment WHERE learner_id = :id ORDER BY date DESC",
        "SELECT r.*, c.name, c.phone, c.email FROM role_assignment r "
        "JOIN contact_person c ON c.id = r.person_id WHERE r.learner_id = :id",
        "SELECT * FROM enrolment WHERE learner_id = :id ORDER BY start_date",
        "SELECT m.*, mo.name FROM module_plan m JOIN enrolment e ON e.id = m.enrolment_id "
        "JOIN module mo ON mo.id = m.module_id WHERE e.learner_id = :id "
        "ORDER BY m.semester, mo.position",
        "SELECT * FROM aftercare WHERE learner_id = :id",
        "SELECT * FROM outcome WHERE learner_id = :id",
    };
    for (const char *statement : statements)
        readAll(db, QString::fromLatin1(statement), { { QStringLiteral("id"), learner } });
}

/// The floor of a keystroke: SQLite's own LIKE over the same fields.
int likeQuery(const Database &db, const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    const QString pattern = QLatin1Char('%') + text + QLatin1Char('%');
    return readAll(db,
                   QStringLiteral("SELECT id FROM learner WHERE first_name || ' ' || last_name "
                                  "LIKE :name OR municipality LIKE :town OR email LIKE :email OR "
                                  "(:some AND replace(phone, ' ', '') LIKE :digits)"),
                   { { QStringLiteral("name"), pattern },
                     { QStringLiteral("town"), pattern },
                     { QStringLiteral("email"), pattern },
                     { QStringLiteral("some"), digits.isEmpty() ? 0 : 1 },
                     { QStringLiteral("digits"), QLatin1Char('%') + digits + QLatin1Char('%') } });
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    const bench::Options options
        = bench::parseOptions(app, QStringLiteral("Caseload and dossier benchmark"), 10000, 15);
    const int learners = options.learners;
    const int runs = options.runs;
    FixedClock clock(bench::benchToday());
    const std::unique_ptr<Database> opened = bench::openCaseload(options, clock);
    if (!opened)
        return 1;
    Database &db = *opened;

    std::vector<Line> lines;
    const sql::Binds today { { QStringLiteral("today"), sql::date(clock.today()) } };

    // (a) The caseload query, bare and into entries.
    const Stats rawList = measure(runs, [&] { readAll(db, CaseloadQuery::statement(), today); });
    lines.push_back(
        { QStringLiteral("caseload SQL, all columns read"), rawList, std::nullopt, {} });
    lines.push_back({ QStringLiteral("CaseloadQuery::all()"),
                      measure(runs, [&] { (void)CaseloadQuery(db, clock).all(); }),
                      rawList,
                      {} });

    // The home view's overview of the whole caseload: this week, the funnel of the
    // year, the barriers and the work-place learning, in a handful of indexed queries.
    lines.push_back(
        { QStringLiteral("Overview::make() (this week, funnel of the year)"),
          measure(runs,
                  [&] {
                      if (!Overview::make(db, clock, Overview::defaultOptions(clock.today())))
                          std::fprintf(stderr, "the overview failed\n");
                  }),
          std::nullopt, QStringLiteral("< 2 s") });

    // (b) Reloading the model, alone and in the panel (sorted view, shown).
    CaseloadModel model(db, clock);
    lines.push_back({ QStringLiteral("CaseloadModel::reload()"),
                      measure(runs, [&] { (void)model.reload(); }),
                      rawList,
                      {} });
    Session session(db, clock);
    CaseloadPanel panel(session);
    panel.resize(500, 700);
    panel.show();
    lines.push_back({ QStringLiteral("CaseloadPanel::reload() (sorted, painted)"),
                      measure(runs,
                              [&] {
                                  panel.reload();
                                  QCoreApplication::processEvents();
                              }),
                      rawList,
                      {} });

    // An edit of one learner: the session says so and the panel reads that learner's line again.
    {
        std::vector<double> samples, floor;
        for (int run = 0; run < runs; ++run) {
            const qint64 id = 1 + (run * 7919) % learners;
            QElapsedTimer timer;
            timer.start();
            readAll(db, CaseloadQuery::statement() + QStringLiteral(" WHERE l.id = :learner"),
                    { { QStringLiteral("today"), sql::date(clock.today()) },
                      { QStringLiteral("learner"), id } });
            floor.push_back(double(timer.nsecsElapsed()) / 1e6);
            timer.restart();
            session.notifyChanged(id, Aspect::Profile);
            QCoreApplication::processEvents();
            samples.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        lines.push_back({ QStringLiteral("one learner changed: panel, painted"),
                          summarise(samples),
                          summarise(floor),
                          {} });
    }

    // (c) Typing in the search field, and the other filters.
    const QString typed = QStringLiteral("amina");
    CaseloadFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(CaseloadModel::Name);
    (void)proxy.rowCount();
    std::vector<double> keystrokes, keystrokeFloors;
    for (int length = 1; length <= typed.size(); ++length) {
        const QString text = typed.left(length);
        const Stats floor = measure(
            runs, [&] { likeQuery(db, text); }, {}, &keystrokeFloors);
        lines.push_back({ QStringLiteral("keystroke \"%1\": filter model").arg(text),
                          measure(
                              runs,
                              [&] {
                                  proxy.setSearchText(text);
                                  (void)proxy.rowCount(); // as a view asks
                              },
                              [&] {
                                  proxy.setSearchText(text.left(length - 1));
                                  (void)proxy.rowCount();
                              }),
                          floor, QStringLiteral("< 16 ms, <= 3x") });
        lines.push_back({ QStringLiteral("keystroke \"%1\": panel, painted").arg(text),
                          measure(
                              runs,
                              [&] {
                                  panel.searchField()->setText(text);
                                  QCoreApplication::processEvents();
                              },
                              [&] {
                                  panel.searchField()->setText(text.left(length - 1));
                                  QCoreApplication::processEvents();
                              },
                              &keystrokes),
                          floor, QStringLiteral("< 16 ms, <= 3x") });
    }
    // All the keystrokes of the name together: the line scripts/bench shows.
    lines.push_back({ QStringLiteral("keystrokes \"%1\" one by one: panel, painted").arg(typed),
                      summarise(keystrokes), summarise(keystrokeFloors),
                      QStringLiteral("< 16 ms, <= 3x") });
    for (const QString &text : { QStringLiteral("0470 1"), QStringLiteral("brugge") }) {
        const Stats floor = measure(runs, [&] { likeQuery(db, text); });
        lines.push_back({ QStringLiteral("search \"%1\" at once: panel").arg(text),
                          measure(
                              runs,
                              [&] {
                                  panel.searchField()->setText(text);
                                  QCoreApplication::processEvents();
                              },
                              [&] {
                                  panel.searchField()->clear();
                                  QCoreApplication::processEvents();
                              }),
                          floor, QStringLiteral("< 16 ms, <= 3x") });
    }
    panel.searchField()->clear();
    proxy.setSearchText({});
    lines.push_back(
        { QStringLiteral("phase filter \"training\": filter model"),
          measure(
              runs,
              [&] {
                  proxy.setPhaseFilter(Phase::Training);
                  (void)proxy.rowCount();
              },
              [&] {
                  proxy.setPhaseFilter(std::nullopt);
                  (void)proxy.rowCount();
              }),
          measure(runs,
                  [&] {
                      readAll(db, QStringLiteral("SELECT id FROM learner WHERE phase = 'training'"),
                              {});
                  }),
          QStringLiteral("< 16 ms, <= 3x") });
    lines.push_back(
        { QStringLiteral("\"my open actions\": filter model"),
          measure(
              runs,
              [&] {
                  proxy.setOnlyOwnOpenActions(true);
                  (void)proxy.rowCount();
              },
              [&] {
                  proxy.setOnlyOwnOpenActions(false);
                  (void)proxy.rowCount();
              }),
          measure(runs,
                  [&] {
                      readAll(db,
                              QStringLiteral("SELECT id FROM learner l WHERE EXISTS (SELECT 1 FROM "
                                             "action a WHERE a.learner_id = l.id AND a.done_date "
                                             "IS NULL AND a.owner IN ('spoc', 'together'))"),
                              {});
                  }),
          QStringLiteral("< 16 ms, <= 3x") });
    lines.push_back({ QStringLiteral("sort by next action: filter model"),
                      measure(
                          runs, [&] { proxy.sort(CaseloadModel::NextStep); },
                          [&] { proxy.sort(CaseloadModel::Name); }),
                      std::nullopt,
                      {} });

    // (e) Opening a dossier: 20 learners spread over the list.
    std::vector<qint64> ids;
    {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT id FROM learner ORDER BY id"));
        std::vector<qint64> all;
        while (query.next())
            all.push_back(query.value(0).toLongLong());
        for (size_t k = 0; k < 20 && !all.empty(); ++k)
            ids.push_back(all[k * all.size() / 20]);
    }
    DossierWidget dossier(session);
    dossier.resize(800, 600);
    dossier.show();
    QCoreApplication::processEvents();
    const int dossierRuns = std::max(1, runs / 3);
    // Times work(id) for each of the learners; prepare(id) runs untimed before it.
    auto eachLearner
        = [&](const std::function<void(qint64)> &work, const std::function<void(qint64)> &prepare) {
              std::vector<double> samples;
              for (int run = 0; run < dossierRuns; ++run) {
                  for (const qint64 id : ids) {
                      if (prepare) {
                          prepare(id);
                          QCoreApplication::processEvents();
                      }
                      QElapsedTimer timer;
                      timer.start();
                      work(id);
                      samples.push_back(double(timer.nsecsElapsed()) / 1e6);
                  }
              }
              return summarise(samples);
          };
    auto backToFirstTab = [&](qint64) { dossier.tabs()->setCurrentIndex(0); };
    const Stats rawDossier = eachLearner([&](qint64 id) { loadDossierRows(db, id); }, {});
    lines.push_back({ QStringLiteral("open dossier (first tab, painted)"),
                      eachLearner(
                          [&](qint64 id) {
                              dossier.showLearner(id);
                              QCoreApplication::processEvents();
                          },
                          backToFirstTab),
                      rawDossier, QStringLiteral("< 30 ms, <= 3x") });
    lines.push_back(
        { QStringLiteral("open dossier + all %1 tabs, painted").arg(dossier.tabs()->count()),
          eachLearner(
              [&](qint64 id) {
                  dossier.showLearner(id);
                  for (int tab = 0; tab < dossier.tabs()->count(); ++tab) {
                      dossier.tabs()->setCurrentIndex(tab);
                      QCoreApplication::processEvents();
                  }
              },
              backToFirstTab),
          rawDossier, QStringLiteral("< 30 ms, <= 3x") });
    // Each tab on its own: the learner is open on the first tab, then this tab is chosen;
    // first without painting (loading and layout), then with it.
    for (int tab = 1; tab < dossier.tabs()->count(); ++tab) {
        const QString name
            = dossier.tabs()->tabText(tab).replace(QStringLiteral("&&"), QStringLiteral("&"));
        auto openOnFirstTab = [&](qint64 id) {
            dossier.tabs()->setCurrentIndex(0);
            dossier.showLearner(id);
        };
        lines.push_back(
            { QStringLiteral("  tab \"%1\": load").arg(name),
              eachLearner([&](qint64) { dossier.tabs()->setCurrentIndex(tab); }, openOnFirstTab),
              std::nullopt,
              {} });
        lines.push_back({ QStringLiteral("  tab \"%1\": load, painted").arg(name),
                          eachLearner(
                              [&](qint64) {
                                  dossier.tabs()->setCurrentIndex(tab);
                                  QCoreApplication::processEvents();
                              },
                              openOnFirstTab),
                          std::nullopt,
                          {} });
    }

    std::printf("\n");
    print(lines);
    return 0;
}
