// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QPointF;
class QTextDocument;

namespace traject {

/// A printed document: HTML laid out on pages (A4 unless the device says otherwise), a footer
/// with "page X of N" on every page, and pictures painted by code (vector, as on screen) where
/// the HTML holds their placeholder <img src="picture:NAME">. Sizes of pictures are in units of
/// about 1/96 inch, as on a screen.
class PagedDocument
{
    Q_DECLARE_TR_FUNCTIONS(PagedDocument)

public:
    /// Paints a picture with its top left at (0, 0), `width` wide.
    using Painter = std::function<void(QPainter &painter, double width)>;

    void setHtml(const QString &html) { m_html = html; }
    /// The text at the left of the footer, e.g. whose document it is and its date.
    void setFooter(const QString &text) { m_footer = text; }
    void setTitle(const QString &title) { m_title = title; }
    /// The language the document speaks ("nl", "en"), whatever the program speaks.
    void setLanguage(const QString &language) { m_language = language; }
    /// The size of the body text and of the footer, in points (10.5 and 8 unless set).
    void setBaseFontSize(double points) { m_baseFontSize = points; }
    void setFooterFontSize(double points) { m_footerFontSize = points; }
    /// A picture for the placeholder <img src="picture:NAME" width="W" height="H">.
    void addPicture(const QString &name, QSizeF size, Painter paint);
    /// The running text of the document as its reader reads it (sentences, list items, table
    /// cells), without headings: what a readability check measures.
    void addRunningText(const QString &text) { m_runningText.append(text); }
    const QStringList &runningText() const { return m_runningText; }

    /// Lays the document out on the device's pages and paints it; returns the number of pages.
    Result<int> print(QPagedPaintDevice &device) const;
    /// The number of pages of the A4 PDF, laid out without painting (to try a layout).
    int pageCount() const;
    /// The document as an A4 PDF.
    struct Pdf
    {
        QByteArray bytes;
        int pages = 0;
    };
    Result<Pdf> toPdf() const;

private:
    /// Lays the document out on the device's pages, leaving room for the footer.
    void layOut(QTextDocument &document, QPagedPaintDevice &device) const;

    struct Picture
    {
        QString name;
        QSizeF size;
        Painter paint;
    };

    QString m_html;
    QString m_footer;
    QString m_title;
    QString m_language;
    QList<Picture> m_pictures;
    QStringList m_runningText;
    double m_baseFontSize = 10.5;
    double m_footerFontSize = 8;
};

} // namespace traject
