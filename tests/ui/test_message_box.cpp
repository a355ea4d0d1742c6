// SPDX-License-Identifier: GPL-3.0-or-later
// The one message box: plain text, safe answers on Esc, and answers a test gives by clicking.
#include "TestSupport.h"
#include "UiSupport.h"

#include "widgets/MessageBox.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::MessageAnswers;

namespace {

/// The label that shows the box's main text.
QLabel *mainLabel(QMessageBox &box)
{
    return box.findChild<QLabel *>(QStringLiteral("qt_msgbox_label"));
}

/// Runs `look` on every box that shows while it lives.
struct Watching
{
    explicit Watching(MessageBox::Watcher look) { MessageBox::setWatcher(std::move(look)); }
    ~Watching() { MessageBox::setWatcher({}); }
};

} // namespace

TEST_CASE("a message shows a name with markup in it as typed")
{
    const QString text = QStringLiteral("Remove <b>Jan</b> & <i>Els</i>?");
    QString shown;
    Qt::TextFormat format = Qt::AutoText;
    Watching watching([&](QMessageBox &box) {
        QLabel *label = mainLabel(box);
        REQUIRE(label);
        shown = label->text();
        format = label->textFormat();
        QTest::mouseClick(box.button(QMessageBox::No), Qt::LeftButton);
    });
    CHECK(MessageBox::question(nullptr, QStringLiteral("Remove"), text) == QMessageBox::No);
    CHECK(shown == text);
    CHECK(format == Qt::PlainText);
}

TEST_CASE("Esc answers a question with its safe button, never with Yes")
{
    Watching watching([](QMessageBox &box) { QTest::keyClick(&box, Qt::Key_Escape); });
    CHECK(MessageBox::question(nullptr, QStringLiteral("Remove"), QStringLiteral("Remove it?"))
          == QMessageBox::No);
    CHECK(MessageBox::question(nullptr, QStringLiteral("Remove"), QStringLiteral("Remove it?"),
                               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
          == QMessageBox::Cancel);
}

TEST_CASE("the About box keeps its markup")
{
    QLabel *label = nullptr;
    Qt::TextFormat format = Qt::AutoText;
    Watching watching([&](QMessageBox &box) {
        label = mainLabel(box);
        if (label)
            format = label->textFormat();
        QTest::keyClick(&box, Qt::Key_Return);
    });
    MessageBox::about(nullptr, QStringLiteral("About"),
                      QStringLiteral("<p><b>Trajectplanner</b></p>"));
    CHECK(label);
    CHECK(format == Qt::RichText);
}

TEST_CASE("answers are given by clicking, in order, and a box nobody expected is closed and told")
{
    MessageAnswers answers({ QMessageBox::Yes, QStringLiteral("Store anyway") });

    CHECK(MessageBox::question(nullptr, QStringLiteral("First"), QStringLiteral("One?"))
          == QMessageBox::Yes);

    QMessageBox own(QMessageBox::Question, QStringLiteral("Second"), QStringLiteral("Two?"));
    QPushButton *store = own.addButton(QStringLiteral("&Store anyway"), QMessageBox::AcceptRole);
    QPushButton *back = own.addButton(QStringLiteral("Back"), QMessageBox::RejectRole);
    own.setEscapeButton(back);
    MessageBox::exec(own);
    CHECK(own.clickedButton() == store);
    CHECK(own.textFormat() == Qt::PlainText);
    CHECK(answers.left() == 0);
    CHECK(answers.problems().isEmpty());

    // A third box: no answer left, so Esc closes it and the test hears of it.
    CHECK(MessageBox::warning(nullptr, QStringLiteral("Third"), QStringLiteral("Three."))
          == QMessageBox::Ok);
    CHECK(answers.texts()
          == QStringList(
              { QStringLiteral("One?"), QStringLiteral("Two?"), QStringLiteral("Three.") }));
    REQUIRE(answers.problems().size() == 1);
    CHECK(answers.problems().front().contains(QStringLiteral("Three.")));
}

} // namespace TRAJECT_UNITY_ID
