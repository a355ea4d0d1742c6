// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Result.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template<> struct StringMaker<QDate>
{
    static std::string convert(const QDate &value)
    {
        return value.isValid() ? value.toString(Qt::ISODate).toStdString()
                               : std::string("(invalid date)");
    }
};
template<> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return '[' + value.join(QStringLiteral(", ")).toStdString() + ']';
    }
};
} // namespace Catch

namespace traject::test {

/// A fresh in-memory database with the latest schema; fails the test if it cannot be made.
std::unique_ptr<Database> memoryDatabase();

/// Unwraps a result, failing the test with the error's text.
template<typename T> T require(Result<T> result)
{
    INFO((result ? std::string() : result.error().toString().toStdString()));
    REQUIRE(result.ok());
    return std::move(result).value();
}
inline void require(const Status &status)
{
    INFO((status ? std::string() : status.error().toString().toStdString()));
    REQUIRE(status.ok());
}

/// Every row of every table, as text: equal dumps mean equal databases. The rows of a table are
/// sorted, as a table without an id of its own (intake_answer) gets new rowids back. SQLite's own
/// tables (the AUTOINCREMENT counters) and the tables named in `skip` are left out.
QString dumpDatabase(const Database &db, const QStringList &skip = {});

/// SHA-256 of a file's bytes (empty when it cannot be read).
QByteArray fileChecksum(const QString &path);
/// A file's bytes (empty when it cannot be read).
QByteArray fileContents(const QString &path);

/// Kills a running process without warning (SIGKILL) and waits until it is gone. Fails the test
/// when the process is not running: a process that already ended has no id, and sending a signal
/// to id 0 would kill the test's own process group.
void killNow(QProcess &process);

/// True under CI=true: there every test must run, and one that cannot is a failure, not a skip.
bool skipsFail();
/// Adds "the current test's name<TAB>reason" to the file TRAJECT_SKIP_LOG names (scripts/test
/// reads it and fails on a skip it was not told to expect).
void noteSkip(const std::string &reason);

/// 2025-03-14, a Friday: the fixed "today" of most tests.
inline QDate fixedToday()
{
    return QDate(2025, 3, 14);
}

} // namespace traject::test

/// Ends a test that cannot run here, saying why: a WARN outside CI (noted for scripts/test), a
/// failure under CI=true. Catch2 2 has no SKIP of its own.
#define TRAJECT_SKIP(reason)                                                                       \
    do {                                                                                           \
        const std::string traject_skip_reason = (reason);                                          \
        if (traject::test::skipsFail())                                                            \
            FAIL("this test may not be skipped under CI=true: " << traject_skip_reason);           \
        traject::test::noteSkip(traject_skip_reason);                                              \
        WARN("SKIPPED: " << traject_skip_reason);                                                  \
        return;                                                                                    \
    } while (false)
