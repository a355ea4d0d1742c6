// SPDX-License-Identifier: GPL-3.0-or-later
#include "PagedDocument.h"

#include "Translations.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextLayout>
#include <QUrl>

#include <cmath>
#include <optional>

namespace traject {

namespace {

const QString pictureScheme = QStringLiteral("picture:");

/// Where a picture landed once the document is laid out, in document coordinates.
struct PlacedPicture
{
    int index = 0;
    QRectF rect;
};

/// Finds the placeholders of the pictures in a laid-out document.
QList<PlacedPicture> placePictures(QTextDocument &document, const QStringList &names)
{
    QList<PlacedPicture> placed;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            const QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.name().startsWith(pictureScheme))
                continue;
            const int index = int(names.indexOf(image.name().mid(pictureScheme.size())));
            if (index < 0)
                continue;
            const QRectF blockRect = layout->blockBoundingRect(block);
            const int position = fragment.position() - block.position();
            const QTextLine line = block.layout()->lineForTextPosition(position);
            if (!line.isValid())
                continue;
            // An image sits on the baseline of its line.
            const QSizeF size(image.width(), image.height());
            const double scale = document.documentLayout()->paintDevice()
                ? document.documentLayout()->paintDevice()->logicalDpiY() / 96.0
                : 1.0;
            const double height = size.height() * scale;
            const QPointF topLeft(blockRect.left() + line.cursorToX(position),
                                  blockRect.top() + line.y() + line.ascent() - height);
            placed.append({ index, QRectF(topLeft, QSizeF(size.width() * scale, height)) });
        }
    }
    return placed;
}

/// The font of the footer ("page X of N").
QFont footerFontOf(double points)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    return font;
}

/// The paper of our PDFs: A4 with its margins, at 600 dpi.
void setUpA4(QPdfWriter &writer)
{
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter);
    writer.setResolution(600);
}

} // namespace

void PagedDocument::layOut(QTextDocument &document, QPagedPaintDevice &device) const
{
    const QRectF paper = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const double footerHeight = QFontMetricsF(footerFontOf(m_footerFontSize), &device).height() * 2;
    document.documentLayout()->setPaintDevice(&device);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(m_baseFontSize);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setPageSize(QSizeF(paper.width(), paper.height() - footerHeight));
    for (const Picture &picture : m_pictures) {
        // A transparent stand-in of the picture's size keeps its room in the layout.
        QImage blank(1, 1, QImage::Format_ARGB32);
        blank.fill(Qt::transparent);
        document.addResource(QTextDocument::ImageResource, QUrl(pictureScheme + picture.name),
                             blank);
    }
    document.setHtml(m_html);
}

int PagedDocument::pageCount() const
{
    std::optional<ScopedLanguage> language;
    if (!m_language.isEmpty())
        language.emplace(m_language);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpA4(writer);
    QTextDocument document;
    layOut(document, writer);
    return document.pageCount();
}

void PagedDocument::addPicture(const QString &name, QSizeF size, Painter paint)
{
    m_pictures.append({ name, size, std::move(paint) });
}

Result<int> PagedDocument::print(QPagedPaintDevice &device) const
{
    std::optional<ScopedLanguage> language;
    if (!m_language.isEmpty())
        language.emplace(m_language);
    QPainter painter;
    if (!painter.begin(&device))
        return Error { tr("The document could not be started on this printer or file."),
                       QString() };

    const double dpi = device.logicalDpiY();
    QFont footerFont = footerFontOf(m_footerFontSize);
    const double footerHeight = QFontMetricsF(footerFont, &device).height() * 2;

    QTextDocument document;
    layOut(document, device);
    const QSizeF body = document.pageSize();
    QStringList names;
    for (const Picture &picture : m_pictures)
        names.append(picture.name);
    const int pages = document.pageCount();
    const QList<PlacedPicture> placed = placePictures(document, names);

    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Error { tr("The next page could not be started."), QString() };
        }
        const QRectF clip(0, page * body.height(), body.width(), body.height());
        painter.save();
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        for (const PlacedPicture &picture : placed) {
            if (!clip.intersects(picture.rect))
                continue;
            painter.save();
            painter.translate(picture.rect.topLeft());
            painter.scale(dpi / 96.0, dpi / 96.0);
            m_pictures.at(picture.index).paint(painter, m_pictures.at(picture.index).size.width());
            painter.restore();
        }
        painter.restore();

        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        // At the foot of the page, a line's height below the body: a reader (and pdftotext)
        // sees it apart from the text above.
        const QRectF footer(0, body.height() + footerHeight / 2, body.width(), footerHeight / 2);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         tr("page %1 of %2").arg(page + 1).arg(pages));
        painter.restore();
    }
    painter.end();
    return pages;
}

Result<PagedDocument::Pdf> PagedDocument::toPdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    Result<int> pages = 0;
    {
        QPdfWriter writer(&buffer);
        setUpA4(writer);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Trajectplanner"));
        pages = print(writer);
    }
    if (!pages)
        return pages.error();
    return Pdf { bytes, *pages };
}

} // namespace traject
