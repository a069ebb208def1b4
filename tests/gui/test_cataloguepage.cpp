// Médicaments on real widgets: the titulaire imports the BDPM files as published, off the GUI
// thread on a connection of its own, one audit entry for it; the pharmacist searches by
// keyboard only; a préparateur may not import (refused, audited).

#include "../unit/testutil.h"
#include "cataloguepage.h"
#include "commands/commandexecutor.h"
#include "services/catalogservice.h"
#include "storage/store.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace Officine;

namespace {
QString bdpmDir()
{
    const QString env = qEnvironmentVariable("OFFICINE_BDPM_DIR");
    return env.isEmpty() ? QStringLiteral(OFFICINE_SOURCE_DIR "/../shared/data/bdpm") : env;
}
} // namespace

class TestCataloguePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock {QDateTime(QDate(2026, 12, 4), QTime(9, 30), Qt::UTC)};

    /// Further connections on the store file, as the application opens them for its workers.
    static Services::CatalogService::Opener connectionsTo(const QString& file,
                                                          std::atomic<int>* opened = nullptr)
    {
        return [file, opened]() -> Result<std::unique_ptr<Storage::Store>> {
            if (opened) {
                ++*opened;
            }
            auto s = Test::openStore(file, Test::testKey());
            if (!s) {
                return fail(ErrorCode::StoreIo, QStringLiteral("open"));
            }
            return s;
        };
    }

    static Commands::Actor titulaire()
    {
        return Commands::Actor {QStringLiteral("acct-t"),
                                QStringLiteral("Claire Titulaire"),
                                QString(),
                                {Commands::Permission::CatalogManage, Commands::Permission::PatientRead}};
    }

    qint64 entries(Storage::Store& store, const QString& where)
    {
        return *store.scalar(QStringLiteral("SELECT count(*) FROM audit_entry WHERE ") + where);
    }

private Q_SLOTS:
    void theTitulaireImportsAndThePharmacistSearchesByKeyboard()
    {
        const QString file = m_dir.filePath(QStringLiteral("catalogue.db"));
        auto store = Test::openStore(file, Test::testKey());
        QVERIFY(store);
        Commands::CommandExecutor executor(*store, m_clock);
        executor.setActor(titulaire());
        std::atomic<int> opened {0};
        Services::CatalogService catalogue(executor, connectionsTo(file, &opened));
        Ui::CataloguePage page(catalogue);
        page.resize(1280, 800);
        page.show();
        QVERIFY(page.versionLabel()->text().startsWith(QStringLiteral("Aucun catalogue en service")));
        auto* folder = page.findChild<QPushButton*>();
        QVERIFY(folder && folder->isVisible() && folder->isEnabled());

        // The import runs off the GUI thread: the window keeps answering, the bar moves.
        QSignalSpy finished(&catalogue, &Services::CatalogService::importFinished);
        QSignalSpy progress(&catalogue, &Services::CatalogService::importProgress);
        QVERIFY(page.importFrom(bdpmDir()));
        QVERIFY(catalogue.importing());
        QVERIFY(page.findChild<QProgressBar*>()->isVisible());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY2(finished.first().at(1).toString().startsWith(QStringLiteral("Catalogue mis en service")),
                 qPrintable(finished.first().at(1).toString()));
        QVERIFY(progress.count() >= 3);
        QVERIFY(opened >= 1);
        QVERIFY(!page.findChild<QProgressBar*>()->isVisible());
        QVERIFY2(page.versionLabel()->text().contains(QStringLiteral("spécialités")),
                 qPrintable(page.versionLabel()->text()));
        QCOMPARE(page.statusLabel()->text(), finished.first().at(1).toString());
        // One entry for the import, by the titulaire.
        QCOMPARE(entries(*store, QStringLiteral("1")), 1);
        QCOMPARE(
            entries(*store,
                    QStringLiteral("detail LIKE 'command=catalog.activate;source=bdpm;products=15848;%'")),
            1);
        // The report: each file with its counts, the codes unknown to CIS_bdpm.txt.
        const QString report = page.reportText();
        QVERIFY2(report.contains(QStringLiteral(
                     "CIS_bdpm.txt (Windows-1252) : 15848 lignes, 15848 retenues, 0 refusées")),
                 qPrintable(report));
        QVERIFY(report.contains(
            QStringLiteral("CIS_COMPO_bdpm.txt (Windows-1252) : 32340 lignes, 32340 retenues, 0 "
                           "refusées, 3 réparées.")));
        QVERIFY(report.contains(QStringLiteral("absent(s) de CIS_bdpm.txt")));
        QTRY_VERIFY_WITH_TIMEOUT(!catalogue.importing(), 30000); // the retired rows, in the background
        QVERIFY(folder->isEnabled()); // another import may start

        // Keyboard only: type, Down into the results, the details of the first, Escape back.
        page.searchField()->setFocus();
        QTest::keyClicks(page.searchField(), QStringLiteral("doliprane 1000"));
        QVERIFY(page.results()->rowCount() > 0);
        for (int row = 0; row < page.results()->rowCount(); ++row) {
            QVERIFY(page.results()->item(row, 0)->text().toUpper().contains(QStringLiteral("DOLIPRANE")));
        }
        QTest::keyClick(page.searchField(), Qt::Key_Down);
        QVERIFY(page.results()->hasFocus());
        QCOMPARE(page.results()->currentRow(), 0);
        QVERIFY(page.details()->toPlainText().contains(QStringLiteral("CIP13 34009")));
        QVERIFY(page.details()->toPlainText().contains(QStringLiteral("PARACÉTAMOL")));
        QTest::keyClick(page.results(), Qt::Key_Escape);
        QVERIFY(page.searchField()->hasFocus());
        // By CIP13 and by substance.
        page.searchField()->setText(QStringLiteral("3400949497294"));
        QCOMPARE(page.results()->rowCount(), 1);
        page.searchField()->setText(QStringLiteral("amoxicilline"));
        QVERIFY(page.results()->rowCount() > 10);
        // Searching reads public data: nothing more in the trail.
        QCOMPARE(entries(*store, QStringLiteral("1")), 1);

        if (const QString shots = qEnvironmentVariable("OFFICINE_SCREENSHOT_DIR"); !shots.isEmpty()) {
            page.searchField()->setText(QStringLiteral("doliprane"));
            page.results()->setCurrentCell(0, 0);
            QApplication::processEvents();
            page.grab().save(shots + QStringLiteral("/catalogue.png"));
        }
    }

    void aCancelledOrBrokenImportChangesNothing()
    {
        const QString file = m_dir.filePath(QStringLiteral("cancel.db"));
        auto store = Test::openStore(file, Test::testKey());
        QVERIFY(store);
        Commands::CommandExecutor executor(*store, m_clock);
        executor.setActor(titulaire());
        Services::CatalogService catalogue(executor, connectionsTo(file));
        Ui::CataloguePage page(catalogue);
        page.show();
        // Cancelled at once with the button: the worker stops at its next step.
        QSignalSpy finished(&catalogue, &Services::CatalogService::importFinished);
        QVERIFY(page.importFrom(bdpmDir()));
        const auto buttons = page.findChildren<QPushButton*>();
        const auto it = std::find_if(buttons.cbegin(), buttons.cend(), [](QPushButton* b) {
            return b->text() == QStringLiteral("Annuler l'import");
        });
        QVERIFY(it != buttons.cend());
        QPushButton* cancel = *it;
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(finished.first().at(1).toString().startsWith(QStringLiteral("Import annulé")),
                 qPrintable(finished.first().at(1).toString()));
        QVERIFY(!*Catalog::CatalogRepository(*store).current());
        QCOMPARE(entries(*store, QStringLiteral("1")), 0);
        QCOMPARE(*store->scalar(QStringLiteral("SELECT count(*) FROM catalog_product")), 0);
        QVERIFY(page.versionLabel()->text().startsWith(QStringLiteral("Aucun catalogue en service")));

        // A folder whose files are not the BDPM's: said on the page, nothing changed.
        QTemporaryDir broken;
        for (const QString& name : Catalog::Bdpm::requiredFiles()) {
            QFile f(broken.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("ceci;n'est;pas;la;BDPM\r\n");
        }
        finished.clear();
        QVERIFY(page.importFrom(broken.path()));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(page.statusLabel()->text().contains(QStringLiteral("n'a pas le format BDPM attendu")),
                 qPrintable(page.statusLabel()->text()));
        QVERIFY(!*Catalog::CatalogRepository(*store).current());
        QCOMPARE(entries(*store, QStringLiteral("1")), 0);

        // The session locks (the card pulled) while the import runs: the version is built, but
        // putting it in service is refused for want of anyone signed in, and audited as such.
        finished.clear();
        QVERIFY(page.importFrom(bdpmDir()));
        executor.setActor(std::nullopt);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!*Catalog::CatalogRepository(*store).current());
        QCOMPARE(entries(*store, QStringLiteral("1")), 1);
        QCOMPARE(entries(*store, QStringLiteral("detail LIKE 'command=catalog.activate%'")), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!catalogue.importing(), 30000);
        QCOMPARE(*store->scalar(QStringLiteral("SELECT count(*) FROM catalog_product")), 0);
    }

    void aPreparateurMayNotImport()
    {
        const QString file = m_dir.filePath(QStringLiteral("preparateur.db"));
        auto store = Test::openStore(file, Test::testKey());
        QVERIFY(store);
        Commands::CommandExecutor executor(*store, m_clock);
        executor.setActor(
            Commands::Actor {QStringLiteral("acct-p"),
                             QStringLiteral("Léa Préparatrice"),
                             QString(),
                             {Commands::Permission::PatientRead, Commands::Permission::PatientWrite}});
        Services::CatalogService catalogue(executor, {});
        Ui::CataloguePage page(catalogue);
        page.show();
        QVERIFY(!page.findChild<QPushButton*>()->isVisible());
        // Whatever the screen hides, the refusal comes from the command, and is audited.
        QVERIFY(!page.importFrom(bdpmDir()));
        QVERIFY2(page.statusLabel()->text().contains(QStringLiteral("rôle")),
                 qPrintable(page.statusLabel()->text()));
        QVERIFY(!catalogue.importing());
        QCOMPARE(entries(*store, QStringLiteral("detail LIKE 'command=catalog.activate%'")), 1);
        QCOMPARE(entries(*store, QStringLiteral("1")), 1);
        QVERIFY(!*Catalog::CatalogRepository(*store).current());
    }
};

QTEST_MAIN(TestCataloguePage)
#include "test_cataloguepage.moc"
