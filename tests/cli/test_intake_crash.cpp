// SPDX-License-Identifier: GPL-3.0-or-later
// "kill the process in the middle of an intake and reopen it". A driver types into the
// real intake form; the test kills it with SIGKILL at varying moments and checks that every
// answer reported as stored is in the database, that the file is sound, and that the intake is
// offered for resuming.
#include "TestSupport.h"

#include "storage/IntakeRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/internal/Sql.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

int roundOf(const QString &value)
{
    static const QRegularExpression round(QStringLiteral("^ronde (\\d+):"));
    const auto match = round.match(value);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

/// A database of its own with one learner and an intake just started, and the environment the
/// driver runs in (its settings in the same temporary home).
struct CrashSetup
{
    QTemporaryDir home;
    QString path = home.filePath(QStringLiteral("caseload.sqlite"));
    SystemClock clock;
    qint64 intakeId = 0;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();

    CrashSetup()
    {
        REQUIRE(home.isValid());
        auto db = require(Database::open(path));
        Learner learner;
        learner.firstName = QStringLiteral("Samira");
        learner.lastName = QStringLiteral("Benali");
        const qint64 learnerId = require(LearnerRepository(*db, clock).add(learner));
        intakeId = require(IntakeRepository(*db, clock).start(learnerId, clock.today())).id;
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           home.filePath(QStringLiteral("config")));
    }

    void start(QProcess &driver, const QString &mode = {}) const
    {
        QStringList arguments { path, QString::number(intakeId) };
        if (!mode.isEmpty())
            arguments << mode;
        driver.setProcessEnvironment(environment);
        driver.start(QStringLiteral(TRAJECT_INTAKE_DRIVER), arguments);
        REQUIRE(driver.waitForStarted());
    }
};

} // namespace

TEST_CASE("Killing the program in the middle of an intake loses no stored answer")
{
    CrashSetup setup;
    const QString &path = setup.path;
    const qint64 intakeId = setup.intakeId;
    const SystemClock &clock = setup.clock;

    QRandomGenerator random(4);
    const int kills = 20;
    int reported = 0;
    for (int kill = 0; kill < kills; ++kill) {
        QProcess driver;
        setup.start(driver);

        // Let it store a random number of answers, then kill it without warning.
        const int wanted = 1 + static_cast<int>(random.bounded(25));
        QByteArray output;
        int saved = 0;
        QDeadlineTimer deadline(60000);
        while (saved < wanted && driver.state() == QProcess::Running && !deadline.hasExpired()) {
            driver.waitForReadyRead(5000);
            output += driver.readAllStandardOutput();
            saved = static_cast<int>(output.count("saved\t"));
        }
        QThread::msleep(random.bounded(40));
        killNow(driver);
        output += driver.readAllStandardOutput();
        INFO("kill " << kill << ", stderr: " << driver.readAllStandardError().toStdString());
        REQUIRE(driver.exitStatus() == QProcess::CrashExit);

        // The last value reported for each question.
        QHash<QString, QString> reportedValues;
        for (const QByteArray &line : output.split('\n')) {
            const QList<QByteArray> parts = line.split('\t');
            if (parts.size() == 3 && parts.at(0) == "saved")
                reportedValues.insert(QString::fromUtf8(parts.at(1)),
                                      QString::fromUtf8(parts.at(2)));
        }
        REQUIRE_FALSE(reportedValues.isEmpty());
        reported += static_cast<int>(output.count("saved\t"));

        auto db = require(Database::open(path));
        CHECK(require(sql::scalar(*db,
                                  QStringLiteral("SELECT count(*) FROM pragma_integrity_check "
                                                 "WHERE integrity_check = 'ok'")))
              == 1);
        const IntakeAnswers stored = require(IntakeRepository(*db, clock).answers(intakeId));
        for (auto it = reportedValues.cbegin(); it != reportedValues.cend(); ++it) {
            INFO(it.key().toStdString() << ": reported " << it.value().toStdString() << ", stored "
                                        << stored.value(it.key()).toStdString());
            // Stored as reported, or already a later round of the same field.
            CHECK(roundOf(stored.value(it.key())) >= roundOf(it.value()));
        }

        // The next start offers this intake again.
        QSettings settings(
            setup.home.filePath(QStringLiteral("config/trajectplanner/trajectplanner.conf")),
            QSettings::IniFormat);
        CHECK(settings.value(QStringLiteral("intake/open")).toString()
              == db->path() + QLatin1Char('|') + QString::number(intakeId));
        CHECK_FALSE(require(IntakeRepository(*db, clock).get(intakeId)).isFinished());

        // Reopened, the form shows what is stored, and the next start offers this intake.
        QProcess show;
        setup.start(show, QStringLiteral("--show"));
        REQUIRE(show.waitForFinished(30000));
        REQUIRE(show.exitCode() == 0);
        IntakeAnswers shown;
        QString resumed;
        for (const QByteArray &line : show.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> parts = line.split('\t');
            if (parts.size() == 3 && parts.at(0) == "shown")
                shown.insert(QString::fromUtf8(parts.at(1)), QString::fromUtf8(parts.at(2)));
            else if (parts.size() == 2 && parts.at(0) == "resume")
                resumed = QString::fromUtf8(parts.at(1));
        }
        CHECK(shown == stored);
        CHECK(resumed == QString::number(intakeId));
    }
    CHECK(reported >= kills);
}

TEST_CASE("Killing the program while a text is being typed keeps it after the typing pause")
{
    CrashSetup setup;
    QProcess driver;
    setup.start(driver, QStringLiteral("--pause"));
    QByteArray output;
    QDeadlineTimer deadline(60000);
    while (!output.contains("paused\t") && driver.state() == QProcess::Running
           && !deadline.hasExpired()) {
        driver.waitForReadyRead(5000);
        output += driver.readAllStandardOutput();
    }
    REQUIRE(output.contains("paused\t"));
    killNow(driver);

    auto db = require(Database::open(setup.path));
    const IntakeAnswers stored
        = require(IntakeRepository(*db, setup.clock).answers(setup.intakeId));
    CHECK(stored.value(QStringLiteral("motivation"))
          == QStringLiteral("getypt zonder het veld te verlaten"));
}

} // namespace TRAJECT_UNITY_ID
