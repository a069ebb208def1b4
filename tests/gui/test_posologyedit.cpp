// The posology field on real widgets: typed by keyboard, read and rendered in French as it is
// typed, the unreadable part underlined with the text kept, the scored-form rule.

#include "posologyedit.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Officine;

class TestPosologyEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAsItIsTyped()
    {
        Ui::PosologyEdit edit;
        edit.show();
        edit.field()->setFocus();
        QTest::keyClicks(edit.field(), QStringLiteral("1-0-1 pendant 7 jours"));
        QVERIFY(edit.posology());
        QCOMPARE(edit.rendering()->text(), QStringLiteral("1 comprimé le matin et le soir pendant 7 jours"));
        QCOMPARE(int(edit.posology()->quantity()), 14);
        // Half-typed: the text stays, the part that cannot be read yet is underlined.
        QTest::keyClicks(edit.field(), QStringLiteral(" au petit"));
        QVERIFY(!edit.posology());
        QCOMPARE(edit.text(), QStringLiteral("1-0-1 pendant 7 jours au petit"));
        QVERIFY(edit.rendering()->text().contains(QStringLiteral("<u style=\"color:#b00020\">au</u>")));
        QVERIFY(edit.rendering()->text().contains(QStringLiteral("non reconnue")));
        for (int i = 0; i < 9; ++i) {
            QTest::keyClick(edit.field(), Qt::Key_Backspace);
        }
        QVERIFY(edit.posology());
        QCOMPARE(edit.rendering()->text(), QStringLiteral("1 comprimé le matin et le soir pendant 7 jours"));
    }

    void aHalfNeedsAScoredForm()
    {
        Ui::PosologyEdit edit;
        edit.setForm(QStringLiteral("comprimé pelliculé"));
        QSignalSpy changed(&edit, &Ui::PosologyEdit::posologyChanged);
        edit.setText(QStringLiteral("½-0-0"));
        QVERIFY(!edit.posology());
        QVERIFY(edit.rendering()->text().contains(QStringLiteral("sécable")));
        QVERIFY(changed.count() >= 1);
        edit.setForm(QStringLiteral("comprimé sécable"));
        QVERIFY(edit.posology());
        QCOMPARE(edit.rendering()->text(), QStringLiteral("½ comprimé le matin"));
        edit.setText(QString());
        QVERIFY(!edit.posology());
        QVERIFY(edit.rendering()->text().isEmpty());
    }
};

QTEST_MAIN(TestPosologyEdit)
#include "test_posologyedit.moc"
