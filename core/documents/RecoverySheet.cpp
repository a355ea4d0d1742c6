// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoverySheet.h"

#include "Files.h"
#include "PagedDocument.h"

#include <QCoreApplication>
#include <QDir>

namespace traject {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(RecoverySheet)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// The key in two rows of four groups, large and in a monospace font, each group in a cell of
/// its own so that a reader sees where one ends.
QString keyTable(const QString &recoveryKey)
{
    const QStringList groups = recoveryKey.split(QLatin1Char('-'));
    QString html = QStringLiteral(
        "<table align=\"center\" cellspacing=\"0\" cellpadding=\"10\" border=\"1\" "
        "style=\"border-collapse: collapse; border-color: #000; margin-top: 6px; "
        "margin-bottom: 6px;\">");
    const qsizetype perRow = (groups.size() + 1) / 2;
    for (qsizetype row = 0; row * perRow < groups.size(); ++row) {
        html += QStringLiteral("<tr>");
        for (qsizetype i = row * perRow; i < qMin(groups.size(), (row + 1) * perRow); ++i)
            html += QStringLiteral("<td align=\"center\" style=\"font-family: 'DejaVu Sans Mono'; "
                                   "font-size: 24pt; font-weight: bold;\">%1</td>")
                        .arg(esc(groups.at(i)));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString item(const QString &text)
{
    return QStringLiteral("<li style=\"margin-bottom: 3px;\">%1</li>").arg(esc(text));
}

} // namespace

PagedDocument recoverySheetDocument(const RecoverySheet &sheet)
{
    PagedDocument doc;
    const QString title = Texts::tr("Trajectplanner recovery sheet");
    const QString made = sheet.made.toString(QStringLiteral("dd/MM/yyyy"));
    doc.setTitle(title);
    doc.setFooter(Texts::tr("Recovery sheet made on %1 · keep it in the safe").arg(made));
    doc.setBaseFontSize(11);

    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(title));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
                    .arg(esc(label), esc(value));
    };
    row(Texts::tr("Database file:"), QDir::toNativeSeparators(sheet.databasePath));
    row(Texts::tr("Made on:"), made);
    if (!sheet.spocName.trimmed().isEmpty())
        row(Texts::tr("Made by:"), sheet.spocName.trimmed());
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2>").arg(esc(Texts::tr("Recovery key")));
    html += keyTable(sheet.recoveryKey);

    html += QStringLiteral("<h2>%1</h2><ul>").arg(esc(Texts::tr("What is this sheet for?")));
    html += item(Texts::tr("With this recovery key the data in the file above opens when nobody "
                           "knows the passphrase any more. Then you choose a new passphrase."));
    html += item(Texts::tr("Without the passphrase and without this sheet nobody can open the "
                           "data: not you, not your IT department, not even the makers of "
                           "Trajectplanner."));
    html += item(Texts::tr("The key belongs to the file above and to its backups."));
    html += QStringLiteral("</ul>");

    html += QStringLiteral("<h2>%1</h2><ul>").arg(esc(Texts::tr("Where do you keep it?")));
    html += item(Texts::tr("Keep this sheet in the safe of the organisation."));
    html += item(Texts::tr("Never keep it with the laptop: not in the laptop bag, not as a photo "
                           "or a file on the laptop."));
    html += item(Texts::tr("Whoever has this sheet and the file can read everything in it."));
    html += QStringLiteral("</ul>");

    html += QStringLiteral("<h2>%1</h2><ul>").arg(esc(Texts::tr("A new recovery sheet")));
    html += item(Texts::tr("When a new recovery sheet is made, this sheet no longer opens the file "
                           "above, nor the backups in its backups folder."));
    html
        += item(Texts::tr("A copy elsewhere, for example on a USB stick, opens only with the sheet "
                          "of the day it was made. Destroy this sheet when no such copy is left."));
    html += QStringLiteral("</ul>");

    html += QStringLiteral("<h2>%1</h2><ul>").arg(esc(Texts::tr("How do you use it?")));
    html += item(Texts::tr("In the program: when it asks for the passphrase, click \"Use recovery "
                           "key\" and type the key. Then choose a new passphrase."));
    html += item(Texts::tr("On the command line (for IT): put the key on the first line of a text "
                           "file and start: trajectplanner --db FILE --recovery-key-file KEYFILE "
                           "--change-passphrase NEWFILE. Delete both text files afterwards."));
    html += item(Texts::tr("Capitals or small letters, spaces and dashes do not matter. The letter "
                           "O counts as a zero, I and L as a one."));
    html += QStringLiteral("</ul>");

    doc.setHtml(html);
    return doc;
}

Status writeRecoverySheetPdf(const RecoverySheet &sheet, const QString &pdfPath)
{
    if (auto writable = checkWritable(pdfPath); !writable)
        return writable;
    auto pdf = recoverySheetDocument(sheet).toPdf();
    if (!pdf)
        return pdf.error();
    return writeFileAtomically(pdfPath, pdf->bytes);
}

void paintRecoverySheet(const RecoverySheet &sheet, QPagedPaintDevice &device)
{
    // A printer that cannot start has already told the SPOC (print dialog); nothing to add.
    (void)recoverySheetDocument(sheet).print(device);
}

} // namespace traject
