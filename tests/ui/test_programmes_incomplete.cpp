// SPDX-License-Identifier: GPL-3.0-or-later
// Beheer > Opleidingen marks a programme with modules still to be named as incomplete.
// In Dutch, because the SPOC reads it in Dutch and the count has a singular and a plural there.
#include "TestLanguage.h"
#include "TestSupport.h"
#include "UiSupport.h"

#include "MainWindow.h"
#include "directory/ModuleModel.h"
#include "directory/ProgrammesDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTest>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::TestLanguage;

namespace {

const QString cvoName = QStringLiteral("Kinderbegeleider baby's en peuters (CVO)");
const QString syntraName = QStringLiteral("Kinderbegeleider baby's en peuters (Syntra)");

/// A click on the programme with this name in the list.
void clickProgramme(QListWidget *list, const QString &name)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        if (item->text().section(QLatin1Char('\n'), 0, 0) == name) {
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                              list->visualItemRect(item).center());
            REQUIRE(list->currentItem() == item);
            return;
        }
    }
    FAIL("no programme " << name.toStdString() << " in the list");
}

QListWidgetItem *itemOf(QListWidget *list, const QString &name)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().section(QLatin1Char('\n'), 0, 0) == name)
            return list->item(row);
    }
    return nullptr;
}

/// The list's text of the CVO programme with this many modules without a name, as the SPOC reads
/// it (written out by hand: one module, several modules, none).
QString cvoListText(int unnamed)
{
    if (unnamed == 0)
        return cvoName;
    if (unnamed == 1)
        return cvoName + QStringLiteral("\nOnvolledig: 1 module zonder naam");
    return cvoName + QStringLiteral("\nOnvolledig: %1 modules zonder naam").arg(unnamed);
}

/// The in-place editor open in the view.
QLineEdit *cellEditor(QTableView *view)
{
    const auto editors = view->viewport()->findChildren<QLineEdit *>();
    for (QLineEdit *editor : editors) {
        if (editor->isVisible())
            return editor;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Beheer > Opleidingen marks a programme with modules without a name as incomplete, "
          "until the last one gets its name")
{
    TestLanguage dutch(QStringLiteral("nl"));
    traject::test::DemoWindow w;
    MainWindow &window = *w.window;

    traject::test::chooseFromMenu(window, MainWindow::tr("&Manage"),
                                  MainWindow::tr("&Programmes and modules…"));
    ProgrammesDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&window, &dialog] {
        dialog = window.findChild<ProgrammesDialog *>();
        return dialog && dialog->isVisible();
    }));
    REQUIRE(traject::test::activate(dialog));
    CHECK(dialog->windowTitle() == QStringLiteral("Opleidingen"));
    QListWidget *list = dialog->programmeList();
    QTableView *view = dialog->moduleView();
    QLabel *note = dialog->incompleteNote();

    // Both shipped programmes are marked in the list, in words, also for a screen reader.
    REQUIRE(list->count() == 2);
    REQUIRE(itemOf(list, cvoName));
    REQUIRE(itemOf(list, syntraName));
    CHECK(itemOf(list, cvoName)->text()
          == cvoName + QStringLiteral("\nOnvolledig: 14 modules zonder naam"));
    CHECK(itemOf(list, cvoName)->data(Qt::AccessibleTextRole).toString()
          == cvoName + QStringLiteral(". Onvolledig: 14 modules zonder naam"));
    CHECK(itemOf(list, syntraName)->text()
          == syntraName + QStringLiteral("\nOnvolledig: 1 module zonder naam"));

    // The chosen programme says above its modules what is missing and what to do.
    clickProgramme(list, syntraName);
    CHECK(note->isVisible());
    CHECK(note->text()
          == QStringLiteral("Deze opleiding is nog niet volledig: 1 module heeft nog geen naam. "
                            "Vul de naam in zoals het opleidingscentrum de module noemt. Tot dan "
                            "telt het trajectplan ze als 'nog 1 module'."));
    clickProgramme(list, cvoName);
    CHECK(note->isVisible());
    CHECK(note->text()
          == QStringLiteral("Deze opleiding is nog niet volledig: 14 modules hebben nog geen naam. "
                            "Vul hun naam in zoals het opleidingscentrum ze noemt. Tot dan telt "
                            "het trajectplan ze als 'nog 14 modules'."));

    // The CVO template names modules 1-3, 17 and the placement module; 4-16 and 18 wait for one.
    const QList<int> unnamedRows { 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17 };
    for (int row = 0; row < dialog->moduleModel()->rowCount(); ++row) {
        INFO("module row " << row);
        CHECK(dialog->moduleModel()->index(row, ModuleModel::ToBeNamed).data(Qt::CheckStateRole)
              == QVariant(unnamedRows.contains(row) ? Qt::Checked : Qt::Unchecked));
    }
    const QStringList names {
        QStringLiteral("Veiligheid en gezondheid"),  QStringLiteral("Spelen en ontwikkelen"),
        QStringLiteral("Observeren en rapporteren"), QStringLiteral("Communiceren met kinderen"),
        QStringLiteral("Voeding en slapen"),         QStringLiteral("Zorg voor baby's"),
        QStringLiteral("Zorg voor peuters"),         QStringLiteral("Werken in een team"),
        QStringLiteral("Taal in de kinderopvang"),   QStringLiteral("Kwaliteit en regels"),
        QStringLiteral("Activiteiten plannen"),      QStringLiteral("Kinderen met een zorgvraag"),
        QStringLiteral("Professioneel handelen"),    QStringLiteral("Eigen leerproces"),
    };

    // Each module gets its name typed into its cell: a click on the first, then the arrow down.
    const QModelIndex first = dialog->moduleModel()->index(unnamedRows.first(), ModuleModel::Name);
    REQUIRE(view->viewport()->rect().contains(view->visualRect(first)));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    REQUIRE(view->currentIndex() == first);
    for (int i = 0; i < unnamedRows.size(); ++i) {
        const int row = unnamedRows[i];
        INFO("module row " << row << ", named " << names[i].toStdString());
        while (view->currentIndex().row() < row)
            QTest::keyClick(view, Qt::Key_Down);
        REQUIRE(view->currentIndex() == dialog->moduleModel()->index(row, ModuleModel::Name));
        QTest::keyClick(view, Qt::Key_F2);
        QLineEdit *editor = cellEditor(view);
        REQUIRE(editor);
        REQUIRE(editor->hasFocus());
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, names[i]);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate hands the editor's text to the model queued.
        REQUIRE(QTest::qWaitFor([&] {
            return dialog->moduleModel()->index(row, ModuleModel::Name).data().toString()
                == names[i];
        }));
        const int left = static_cast<int>(unnamedRows.size()) - 1 - i;
        CHECK(itemOf(list, cvoName)->text() == cvoListText(left));
        if (left == 13)
            CHECK(note->text()
                  == QStringLiteral(
                      "Deze opleiding is nog niet volledig: 13 modules hebben nog geen naam. Vul "
                      "hun naam in zoals het opleidingscentrum ze noemt. Tot dan telt het "
                      "trajectplan ze als 'nog 13 modules'."));
        if (left == 1)
            CHECK(note->text()
                  == QStringLiteral("Deze opleiding is nog niet volledig: 1 module heeft nog geen "
                                    "naam. Vul de naam in zoals het opleidingscentrum de module "
                                    "noemt. Tot dan telt het trajectplan ze als 'nog 1 module'."));
        CHECK(note->isVisible() == (left > 0));
    }

    // Complete: the mark and the note are gone; the Syntra programme keeps its mark.
    CHECK(itemOf(list, cvoName)->text() == cvoName);
    CHECK(itemOf(list, cvoName)->data(Qt::AccessibleTextRole).isNull());
    CHECK_FALSE(note->isVisible());
    CHECK(itemOf(list, syntraName)->text()
          == syntraName + QStringLiteral("\nOnvolledig: 1 module zonder naam"));

    // Marked as still to be named again (to the right, its box "Naam in te vullen", Space):
    // the mark and the note come back.
    const int last = unnamedRows.last();
    while (view->currentIndex().column() < ModuleModel::ToBeNamed)
        QTest::keyClick(view, Qt::Key_Right);
    REQUIRE(view->currentIndex() == dialog->moduleModel()->index(last, ModuleModel::ToBeNamed));
    CHECK(dialog->moduleModel()->headerData(ModuleModel::ToBeNamed, Qt::Horizontal).toString()
          == QStringLiteral("Naam in te vullen"));
    QTest::keyClick(view, Qt::Key_Space);
    REQUIRE(QTest::qWaitFor([&] {
        return dialog->moduleModel()->index(last, ModuleModel::ToBeNamed).data(Qt::CheckStateRole)
            == QVariant(Qt::Checked);
    }));
    CHECK(itemOf(list, cvoName)->text()
          == cvoName + QStringLiteral("\nOnvolledig: 1 module zonder naam"));
    CHECK(note->isVisible());
    CHECK(note->text()
          == QStringLiteral("Deze opleiding is nog niet volledig: 1 module heeft nog geen naam. "
                            "Vul de naam in zoals het opleidingscentrum de module noemt. Tot dan "
                            "telt het trajectplan ze als 'nog 1 module'."));
    CHECK(dialog->moduleModel()->index(last, ModuleModel::Name).data().toString() == names.last());
    // The note takes room above the table; the module just marked stays in sight.
    CHECK(view->viewport()->rect().contains(view->visualRect(view->currentIndex())));

    // And Space again takes the mark away.
    QTest::keyClick(view, Qt::Key_Space);
    REQUIRE(QTest::qWaitFor([&] {
        return dialog->moduleModel()->index(last, ModuleModel::ToBeNamed).data(Qt::CheckStateRole)
            == QVariant(Qt::Unchecked);
    }));
    CHECK(itemOf(list, cvoName)->text() == cvoName);
    CHECK_FALSE(note->isVisible());
    dialog->close();
}

} // namespace TRAJECT_UNITY_ID
