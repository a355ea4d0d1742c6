// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewPage.h"

#include "ChartNumbers.h"
#include "ChartWidget.h"
#include "Session.h"
#include "Settings.h"
#include "WeekListModel.h"
#include "documents/OverviewCharts.h"
#include "documents/OverviewPdf.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrors.h"
#include "widgets/ItemViews.h"
#include "widgets/MessageBox.h"

#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace traject {

namespace {

std::function<QString(const QString &)> &fileChooser()
{
    static std::function<QString(const QString &)> choose;
    return choose;
}

QGroupBox *section(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    QFont font = box->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    box->setFont(font);
    return box;
}

/// Children of a bold group box get the normal font back.
void normalFont(QWidget *widget)
{
    QFont font = widget->font();
    font.setBold(false);
    font.setPointSizeF(QFont().pointSizeF());
    widget->setFont(font);
}

} // namespace

OverviewPage::OverviewPage(Session &session, QWidget *parent)
    : QScrollArea(parent)
    , m_session(session)
    , m_noContactDays(Settings().get(Setting::NoContactDays))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    // Not a Tab stop: its tables and buttons are.
    setFocusPolicy(Qt::NoFocus);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);

    auto *top = new QHBoxLayout;
    m_weekTitle = new QLabel(content);
    QFont titleFont = m_weekTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_weekTitle->setFont(titleFont);
    top->addWidget(m_weekTitle, 1);
    m_pdfButton = new QPushButton(tr("&Save as PDF…"), content);
    m_pdfButton->setObjectName(QStringLiteral("savePdf"));
    top->addWidget(m_pdfButton);
    layout->addLayout(top);
    m_error = new ErrorLabel(content);
    layout->addWidget(m_error);

    layout->addWidget(buildWeek());
    layout->addWidget(buildCharts());
    layout->addStretch();
    setWidget(content);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
    // The overview counts everything but the printed documents and the role cards.
    connect(&m_session, &Session::changed, this, [this](qint64, Aspects aspects) {
        if (aspects & ~Aspects(Aspect::Documents | Aspect::RoleCard))
            scheduleReload();
    });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { savePdf(); });

    const auto period = Overview::defaultOptions(m_session.clock().today());
    m_from->setDate(period.from);
    m_to->setDate(period.to);
    auto periodChanged = [this] { reload(); };
    connect(m_from, &DateField::dateChanged, this, periodChanged);
    connect(m_to, &DateField::dateChanged, this, periodChanged);
}

QTableView *OverviewPage::listView(WeekListModel *model)
{
    auto *view = new TableView;
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setToolTip(tr("Enter or a click on the name opens the learner's dossier."));
    normalFont(view);
    auto open = [this, model](const QModelIndex &index) {
        if (const qint64 id = model->learnerId(index.row()); id > 0)
            Q_EMIT openLearner(id);
    };
    connect(view, &QTableView::activated, this, open);
    connect(view, &QTableView::clicked, this, [open](const QModelIndex &index) {
        if (index.column() == WeekListModel::Learner)
            open(index);
    });
    return view;
}

QWidget *OverviewPage::buildWeek()
{
    auto *box = section(tr("This week"), nullptr);
    auto *grid = new QGridLayout(box);
    m_placements = new WeekListModel({ tr("Learner"), tr("Days"), tr("Where") }, this);
    m_appointments = new WeekListModel({ tr("Learner"), tr("Date"), tr("What") }, this);
    m_actions = new WeekListModel({ tr("Learner"), tr("Due"), tr("Action") }, this);
    m_silent = new WeekListModel({ tr("Learner"), tr("Last contact"), tr("Phase") }, this);
    m_placementView = listView(m_placements);
    m_appointmentView = listView(m_appointments);
    m_actionView = listView(m_actions);
    m_silentView = listView(m_silent);
    m_placementView->setObjectName(QStringLiteral("placementList"));
    m_appointmentView->setObjectName(QStringLiteral("appointmentList"));
    m_actionView->setObjectName(QStringLiteral("actionList"));
    m_silentView->setObjectName(QStringLiteral("silentList"));

    auto add = [grid, box](int row, int column, QLabel *title, QTableView *view) {
        normalFont(title);
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
        title->setBuddy(view);
        // A view takes no name from its label: a screen reader hears the heading this way.
        view->setAccessibleName(title->text().remove(QLatin1Char('&')));
        auto *cell = new QVBoxLayout;
        cell->addWidget(title);
        cell->addWidget(view);
        cell->addStretch();
        view->setParent(box);
        grid->addLayout(cell, row, column);
    };
    add(0, 0, new QLabel(tr("&Workplace learning days"), box), m_placementView);
    add(0, 1, new QLabel(tr("A&ppointments"), box), m_appointmentView);
    add(1, 0, new QLabel(tr("A&ctions due or overdue"), box), m_actionView);
    m_silentTitle = new QLabel(box);
    add(1, 1, m_silentTitle, m_silentView);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    return box;
}

QWidget *OverviewPage::buildCharts()
{
    auto *holder = new QWidget;
    auto *grid = new QGridLayout(holder);
    grid->setContentsMargins(0, 0, 0, 0);

    auto *funnelBox = section(tr("Funnel"), holder);
    auto *funnelLayout = new QVBoxLayout(funnelBox);
    auto *period = new QHBoxLayout;
    // The period as it is typed: a day that cannot be read is refused at its field
    // and the charts keep the last period that could.
    // Made without the bold box as parent: the line under the field takes its size from the
    // field's own font.
    m_from = new DateField;
    m_to = new DateField;
    for (DateField *field : { m_from, m_to }) {
        field->setToday(m_session.clock().today());
        normalFont(field);
    }
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    auto *fromLabel = new QLabel(tr("Fr&om"), funnelBox);
    auto *toLabel = new QLabel(tr("&to"), funnelBox);
    fromLabel->setBuddy(m_from);
    toLabel->setBuddy(m_to);
    m_from->setAccessibleName(fromLabel->text().remove(QLatin1Char('&')));
    m_to->setAccessibleName(toLabel->text().remove(QLatin1Char('&')));
    for (QLabel *label : { fromLabel, toLabel }) {
        normalFont(label);
        // Level with the text of the fields, which say under them what they understood.
        label->setMinimumHeight(m_from->lineEdit()->sizeHint().height());
    }
    period->addWidget(fromLabel, 0, Qt::AlignTop);
    period->addWidget(m_from, 0, Qt::AlignTop);
    period->addWidget(toLabel, 0, Qt::AlignTop);
    period->addWidget(m_to, 0, Qt::AlignTop);
    period->addStretch();
    funnelLayout->addLayout(period);
    m_periodError = new ErrorLabel(funnelBox);
    funnelLayout->addWidget(m_periodError);
    m_funnel = new ChartWidget(funnelBox);
    m_funnel->setObjectName(QStringLiteral("funnelChart"));
    funnelLayout->addWidget(m_funnel);
    m_funnelNumbers = new ChartNumbers(m_funnel, tr("Funnel"), funnelBox);
    m_funnelNumbers->setObjectName(QStringLiteral("funnelNumbers"));
    funnelLayout->addWidget(m_funnelNumbers);
    m_stops = new QLabel(funnelBox);
    m_stops->setWordWrap(true);
    m_stops->setTextFormat(Qt::RichText);
    normalFont(m_stops);
    funnelLayout->addWidget(m_stops);
    funnelLayout->addStretch();

    auto *barrierBox = section(tr("Barriers by category"), holder);
    auto *barrierLayout = new QVBoxLayout(barrierBox);
    m_barriers = new ChartWidget(barrierBox);
    barrierLayout->addWidget(m_barriers);
    m_barrierNumbers = new ChartNumbers(m_barriers, tr("Barriers by category"), barrierBox);
    barrierLayout->addWidget(m_barrierNumbers);
    barrierLayout->addStretch();

    auto *progressBox = section(tr("Workplace learning progress"), holder);
    auto *progressLayout = new QVBoxLayout(progressBox);
    m_progressNote = new QLabel(progressBox);
    normalFont(m_progressNote);
    progressLayout->addWidget(m_progressNote);
    m_progress = new ChartWidget(progressBox);
    progressLayout->addWidget(m_progress);
    m_progressNumbers
        = new ChartNumbers(m_progress, tr("Workplace learning progress"), progressBox);
    progressLayout->addWidget(m_progressNumbers);
    progressLayout->addStretch();

    grid->addWidget(funnelBox, 0, 0);
    grid->addWidget(barrierBox, 0, 1, 2, 1);
    grid->addWidget(progressBox, 1, 0);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    return holder;
}

void OverviewPage::setNoContactDays(int days)
{
    m_noContactDays = days;
    reload();
}

void OverviewPage::setPeriod(QDate from, QDate to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

void OverviewPage::scheduleReload()
{
    m_stale = true;
    m_debounce->start();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QScrollArea::showEvent(event);
    if (m_stale)
        reload();
}

void OverviewPage::reload()
{
    m_debounce->stop();
    m_stale = false;
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    if (to < from) {
        // Refused where it is typed; the charts keep the last valid period.
        m_periodError->setError(tr("The last day of the period lies before its first day."));
        return;
    }
    m_periodError->setError({});
    auto made
        = Overview::make(m_session.database(), m_session.clock(), { from, to, m_noContactDays });
    if (!made) {
        m_error->setError(made.error().message);
        return;
    }
    m_error->setError({});
    m_overview = std::move(made).value();
    fill();
}

void OverviewPage::fitHeight(QTableView *view)
{
    const int rows = std::clamp(view->model()->rowCount(), 1, 8);
    const int rowHeight = view->verticalHeader()->defaultSectionSize();
    view->setFixedHeight(view->horizontalHeader()->sizeHint().height() + rows * rowHeight
                         + 2 * view->frameWidth() + 2);
    view->resizeColumnToContents(WeekListModel::Learner);
    view->resizeColumnToContents(WeekListModel::When);
}

void OverviewPage::fill()
{
    const Overview &o = *m_overview;
    m_weekTitle->setText(
        tr("Overview · week of %1 to %2").arg(shownDate(o.weekStart), shownDate(o.weekEnd)));

    QList<WeekListModel::Row> rows;
    for (const auto &p : o.placementDays) {
        QStringList days;
        for (const QDate &d : p.days)
            days.append(QLocale().toString(d, QStringLiteral("ddd dd/MM")));
        rows.append({ p.learnerId, p.name, days.join(QStringLiteral(", ")), p.site, false });
    }
    m_placements->setRows(rows);
    rows.clear();
    for (const auto &a : o.appointments) {
        QString what = label(a.kind);
        if (!a.withWhom.isEmpty())
            what += QStringLiteral(" · ") + a.withWhom;
        if (a.status == ContactStatus::Done)
            what += QStringLiteral(" (") + label(a.status) + QLatin1Char(')');
        rows.append({ a.learnerId, a.name, QLocale().toString(a.date, QStringLiteral("ddd dd/MM")),
                      what, false });
    }
    m_appointments->setRows(rows);
    rows.clear();
    for (const auto &a : o.dueActions)
        rows.append({ a.learnerId, a.name,
                      a.overdue ? tr("%1 (overdue)").arg(shownDate(a.due)) : shownDate(a.due),
                      a.description, a.overdue });
    m_actions->setRows(rows);
    rows.clear();
    for (const auto &s : o.silent)
        rows.append({ s.learnerId, s.name,
                      s.lastContact.isValid()
                          ? tr("%1 (%n days)", nullptr, s.days).arg(shownDate(s.lastContact))
                          : tr("never (%n days)", nullptr, s.days),
                      label(s.phase), false });
    m_silent->setRows(rows);
    m_silentTitle->setText(tr("&No contact for more than %n days", nullptr, o.noContactDays));
    m_silentView->setAccessibleName(m_silentTitle->text().remove(QLatin1Char('&')));
    for (QTableView *view : { m_placementView, m_appointmentView, m_actionView, m_silentView })
        fitHeight(view);

    const auto stages = charts::funnelBars(o.funnel);
    m_funnel->setChart([stages](QPainter &painter,
                                const QRectF &rect) { charts::paintFunnel(painter, rect, stages); },
                       charts::funnelHeight(static_cast<int>(stages.size())));
    const auto numbersOf = [](const QList<charts::Bar> &bars) {
        QList<QStringList> rows;
        for (const charts::Bar &bar : bars)
            rows.append({ bar.label, QString::number(bar.value) });
        return rows;
    };
    m_funnelNumbers->setNumbers({ tr("Stage"), tr("Learners") }, numbersOf(stages));
    auto reasons = [](const std::vector<Overview::ReasonCount> &counts) {
        QStringList parts;
        for (const auto &r : counts)
            parts.append(QStringLiteral("%1: %2").arg(r.label.toHtmlEscaped()).arg(r.count));
        return parts.join(QStringLiteral(" · "));
    };
    m_stops->setText(QStringLiteral("<b>%1</b> %2<br><b>%3</b> %4")
                         .arg(tr("Did not enter: %1.").arg(o.funnel.nonEntryTotal).toHtmlEscaped(),
                              reasons(o.funnel.nonEntries),
                              tr("Stopped: %1.").arg(o.funnel.stopTotal).toHtmlEscaped(),
                              reasons(o.funnel.stops)));

    const auto barriers = charts::barrierBars(o.barriers);
    const auto legend = charts::barrierLegend();
    m_barriers->setChart(
        [barriers, legend](QPainter &painter, const QRectF &rect) {
            charts::paintStackedBars(painter, rect, barriers, legend);
        },
        charts::stackedBarsHeight(static_cast<int>(barriers.size())));
    QList<QStringList> barrierRows;
    for (const charts::StackedBar &bar : barriers) {
        QStringList row { bar.label };
        for (const int value : bar.values)
            row.append(QString::number(value));
        barrierRows.append(row);
    }
    m_barrierNumbers->setNumbers(QStringList { tr("Category") } + legend, barrierRows);

    const auto progress = charts::progressBars(o);
    m_progress->setChart(
        [progress](QPainter &painter, const QRectF &rect) {
            charts::paintBarChart(painter, rect, progress);
        },
        charts::barChartHeight(static_cast<int>(progress.size())));
    m_progressNumbers->setNumbers({ tr("Days done of the target"), tr("Learners") },
                                  numbersOf(progress));
    m_progressNote->setText(tr("%n learner(s) in workplace learning, by days done of the target:",
                               nullptr, static_cast<int>(o.progress.size())));
}

QString OverviewPage::savePdf()
{
    if (!m_overview || m_stale)
        reload();
    if (!m_overview)
        return {};
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("overview-%1.pdf").arg(m_overview->today.toString(Qt::ISODate)));
    const QString path = fileChooser()
        ? fileChooser()(suggested)
        : QFileDialog::getSaveFileName(this, tr("Save the overview as PDF"), suggested,
                                       tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return {};
    auto written = OverviewPdf::write(m_session.database(), m_session.clock(), *m_overview, path);
    if (!written) {
        MessageBox::warning(this, tr("Save as PDF"), written.error().toString());
        return {};
    }
    return path;
}

void OverviewPage::setFileChooser(std::function<QString(const QString &)> choose)
{
    fileChooser() = std::move(choose);
}

} // namespace traject
