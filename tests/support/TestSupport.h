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

/// SHA-256 of a file's bytes (empty when it cannot be read).
QByteArray fileChecksum(const QString &path);

/// 2025-03-14, a Friday: the fixed "today" of most tests.
inline QDate fixedToday()
{
    return QDate(2025, 3, 14);
}

} // namespace traject::test
