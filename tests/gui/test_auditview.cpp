// The Traçabilité viewer on real widgets: filtering by patient shows only that patient's
// entries, the CSV export matches what is shown, the PDF export renders, and both exports are
// themselves audited; a patient file's "Historique des accès" shows that patient only.

#include "../unit/testutil.h"
#include "auditview.h"
#include "commands/commandexecutor.h"
#include "commands/patientcommands.h"
#include "patientfileview.h"
#include "patientspage.h"
#include "patienttablemodel.h"
#include "services/auditlog.h"
#include "services/patientdirectory.h"
#include "storage/staffrepository.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Officine;

class TestAuditView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock {QDateTime::currentDateTimeUtc().addDays(-1)};
    std::unique_ptr<Storage::Store> m_store;
    std::unique_ptr<Commands::CommandExecutor> m_executor;
    std::unique_ptr<Services::PatientDirectory> m_patients;
    std::unique_ptr<Services::AuditLog> m_log;
    QString m_dupont, m_martin;

    QString create(const QString& name, const QString& given)
    {
        Model::Patient p;
        p.birthFamilyName = name;
        p.givenNames = given;
        p.birthDate = QDate(1950, 5, 5);
        Commands::CreatePatientCommand c(p, m_clock.today());
        if (!m_executor->execute(c)) {
            return {};
        }
        return c.patient().meta.uuid;
    }

    qsizetype views(const QString& patient)
    {
        Audit::Filter f;
        f.patientUuid = patient;
        f.action = Audit::Action::View;
        auto found = Audit::Trail(*m_store).find(f);
        return found ? qsizetype(found->size()) : -1;
    }

    static void clickRow(Ui::PatientsPage& page, int row, bool twice = false)
    {
        QTableView* table = page.table();
        const QPoint at = table->visualRect(table->model()->index(row, 0)).center();
        if (twice) {
            QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        } else {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = Test::openStore(m_dir.filePath(QStringLiteral("v.db")), Test::testKey());
        m_executor = std::make_unique<Commands::CommandExecutor>(*m_store, m_clock);
        m_executor->setActor(Commands::Actor {QStringLiteral("titulaire"), QStringLiteral("Claire DÉMO"),
                                              QStringLiteral("810012345673"),
                                              Auth::permissionsOf(Auth::Role::Titulaire)});
        m_patients = std::make_unique<Services::PatientDirectory>(*m_executor);
        m_log = std::make_unique<Services::AuditLog>(*m_executor);
        m_dupont = create(QStringLiteral("Dupont"), QStringLiteral("Jeanne"));
        m_martin = create(QStringLiteral("Martin"), QStringLiteral("Paul"));
        for (int i = 0; i < 3; ++i) {
            m_clock.advanceMinutes(5);
            QVERIFY(m_patients->get(m_dupont));
        }
        m_clock.advanceMinutes(5);
        QVERIFY(m_patients->get(m_martin));
    }

    void filterByPatientShowsOnlyThatPatientAndCsvMatches()
    {
        Ui::AuditView view(*m_log, m_patients.get());
        view.resize(1100, 500);
        view.show();
        view.refresh();
        QCOMPARE(view.rowCount(), 6); // 2 creations + 4 views

        auto* search = view.findChild<QLineEdit*>(QStringLiteral("audit.patientSearch"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("dup"));
        QTest::keyClick(search, Qt::Key_Return);
        auto* patient = view.findChild<QComboBox*>(QStringLiteral("audit.patient"));
        QCOMPARE(patient->currentData().toString(), m_dupont);
        QCOMPARE(view.rowCount(), 4); // created, viewed three times
        for (const Services::AuditRow& r : view.rows()) {
            QCOMPARE(r.entry.patientUuid, m_dupont);
            QVERIFY(r.target.contains(QStringLiteral("DUPONT")));
        }
        auto* table = view.findChild<QTableView*>(QStringLiteral("audit.table"));
        QCOMPARE(table->model()->rowCount(), 4);
        QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("Consultation"));
        QVERIFY(table->model()->index(0, 1).data().toString().contains(QStringLiteral("810012345673")));

        const QString csvPath = m_dir.filePath(QStringLiteral("export.csv"));
        QVERIFY(view.exportCsv(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines
            = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 4);
        QVERIFY(lines.first().startsWith(QStringLiteral("Date et heure;")));
        for (int i = 0; i < 4; ++i) {
            const QStringList cells = lines.at(i + 1).split(u';');
            QCOMPARE(cells.at(0), table->model()->index(i, 0).data().toString());
            QCOMPARE(cells.at(2), table->model()->index(i, 2).data().toString());
            QCOMPARE(cells.at(3), table->model()->index(i, 3).data().toString());
            QCOMPARE(cells.at(8), view.rows().at(size_t(i)).entry.uuid);
        }
        // The export is itself in the trail, for this patient, with no name in it.
        Audit::Filter exports;
        exports.action = Audit::Action::Export;
        auto e = Audit::Trail(*m_store).find(exports);
        QCOMPARE(e->size(), size_t(1));
        QCOMPARE(e->front().patientUuid, m_dupont);
        QVERIFY(e->front().detail.contains(QStringLiteral("format=csv;rows=4")));
        QVERIFY(!e->front().detail.contains(QStringLiteral("Dupont"), Qt::CaseInsensitive));

        const QString pdfPath = m_dir.filePath(QStringLiteral("export.pdf"));
        QVERIFY(view.exportPdf(pdfPath));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdfPath, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(pdf.contains(QStringLiteral("Traçabilité")), qPrintable(pdf.left(200)));
        QVERIFY(pdf.contains(QStringLiteral("DUPONT")));
        QVERIFY(!pdf.contains(QStringLiteral("MARTIN")));
        if (!qEnvironmentVariableIsEmpty("OFFICINE_TEST_ARTIFACTS")) {
            view.grab().save(qEnvironmentVariable("OFFICINE_TEST_ARTIFACTS")
                             + QStringLiteral("/audit-view.png"));
            QFile::copy(pdfPath,
                        qEnvironmentVariable("OFFICINE_TEST_ARTIFACTS")
                            + QStringLiteral("/audit-export.pdf"));
        }
    }

    void anExportThatCannotBeWrittenIsNotRecorded()
    {
        Ui::AuditView view(*m_log, m_patients.get());
        view.refresh();
        QVERIFY(view.rowCount() > 0);
        Audit::Filter exports;
        exports.action = Audit::Action::Export;
        const size_t before = Audit::Trail(*m_store).find(exports)->size();
        const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/export"));
        for (bool pdf : {false, true}) {
            auto r = pdf ? view.exportPdf(nowhere + QStringLiteral(".pdf"))
                         : view.exportCsv(nowhere + QStringLiteral(".csv"));
            QVERIFY(!r);
            QVERIFY(r.error().userText.contains(QStringLiteral("Impossible d'écrire")));
        }
        QCOMPARE(Audit::Trail(*m_store).find(exports)->size(), before);
        // A written export is recorded once, after it is in place, for its owner alone.
        const QString pdf = m_dir.filePath(QStringLiteral("written.pdf"));
        QVERIFY(view.exportPdf(pdf));
        QCOMPARE(Audit::Trail(*m_store).find(exports)->size(), before + 1);
        QCOMPARE(QFileInfo(pdf).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QFile::remove(pdf);
    }

    void copyingFromTheTrailPutsNothingOnTheClipboard()
    {
        Ui::AuditView view(*m_log, m_patients.get());
        view.show();
        view.refresh();
        QVERIFY(view.rowCount() > 0);
        QApplication::clipboard()->setText(QStringLiteral("sentinel"));
        view.table()->setFocus();
        view.table()->selectRow(0);
        QTest::keyClick(view.table(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("sentinel"));
        QCOMPARE(view.table()->contextMenuPolicy(), Qt::NoContextMenu);
    }

    void filterByStaffMemberListsTheWholeTeamAndShowsOnlyTheirEntries()
    {
        // Léa, a technician, opens one file; Hugo, deactivated, never acted here.
        Model::StaffAccount lea;
        lea.familyName = QStringLiteral("Test");
        lea.givenName = QStringLiteral("Léa");
        lea.role = Auth::Role::Preparateur;
        lea.idNatPs = QStringLiteral("3990000002/0042");
        Model::StaffAccount hugo;
        hugo.familyName = QStringLiteral("Essai");
        hugo.givenName = QStringLiteral("Hugo");
        hugo.role = Auth::Role::Pharmacien;
        hugo.active = false;
        {
            auto tx = Storage::Transaction::begin(*m_store);
            QVERIFY(
                Storage::StaffRepository(*m_store).insert(lea, {m_store->workstationId(), m_clock.now()}));
            QVERIFY(
                Storage::StaffRepository(*m_store).insert(hugo, {m_store->workstationId(), m_clock.now()}));
            QVERIFY(tx->commit());
        }
        const auto titulaire = *m_executor->actor();
        m_executor->setActor(Commands::Actor {lea.meta.uuid, lea.displayName(), lea.idNatPs,
                                              Auth::permissionsOf(Auth::Role::Preparateur)});
        m_clock.advanceMinutes(5);
        QVERIFY(m_patients->get(m_martin));
        m_executor->setActor(titulaire);

        Ui::AuditView view(*m_log, m_patients.get());
        view.show();
        view.refresh();
        auto* staff = view.findChild<QComboBox*>(QStringLiteral("audit.staff"));
        QVERIFY(staff->findData(lea.meta.uuid) > 0);
        QVERIFY(staff->findData(hugo.meta.uuid) > 0); // inactive accounts stay in the list
        QVERIFY(staff->findData(Audit::systemAccount) > 0);
        staff->setCurrentIndex(staff->findData(lea.meta.uuid));
        QTRY_COMPARE(view.rowCount(), 1);
        QCOMPARE(view.rows().front().entry.accountUuid, lea.meta.uuid);
        QCOMPARE(view.rows().front().entry.patientUuid, m_martin);
        QVERIFY(view.rows().front().who.contains(QStringLiteral("Léa")));
        staff->setCurrentIndex(staff->findData(hugo.meta.uuid));
        QTRY_COMPARE(view.rowCount(), 0);
    }

    void onlyADeliberateOpeningIsRecordedAsAConsultation()
    {
        const qsizetype before = views(m_dupont);
        const qsizetype beforeMartin = views(m_martin);
        QVERIFY(before >= 0);
        Ui::PatientsPage page(*m_patients, *m_executor, m_log.get());
        page.resize(1200, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.refresh();
        QCOMPARE(page.table()->model()->rowCount(), 2);
        // Typing a search (debounced refreshes), a change committed elsewhere, the arrows.
        QTest::keyClicks(page.searchField(), QStringLiteral("du"));
        QTRY_COMPARE(page.table()->model()->rowCount(), 1);
        QTest::keyClicks(page.searchField(), QStringLiteral("p"));
        QTest::keyClick(page.searchField(), Qt::Key_Return);
        const QString other = create(QStringLiteral("Dupré"), QStringLiteral("Marc"));
        page.refresh();
        QCOMPARE(page.table()->model()->rowCount(), 2);
        QTest::keyClick(page.searchField(), Qt::Key_Down);
        QTest::keyClick(page.table(), Qt::Key_Down);
        QTest::keyClick(page.table(), Qt::Key_Up);
        QCOMPARE(views(m_dupont), before);
        QCOMPARE(views(other), 0);
        QVERIFY(page.openPatient().isEmpty());

        // A click opens the file, as a screen of its own: exactly one consultation.
        const int dupontRow = page.model()->rowOf(m_dupont);
        QVERIFY(dupontRow >= 0);
        clickRow(page, dupontRow);
        QCOMPARE(page.openPatient(), m_dupont);
        QVERIFY(page.isFileShown());
        QCOMPARE(views(m_dupont), before + 1);
        // A refresh after a commit keeps it open without reading it again.
        const QString third = create(QStringLiteral("Dupuis"), QStringLiteral("Anne"));
        page.refresh();
        QCOMPARE(page.openPatient(), m_dupont);
        QCOMPARE(views(m_dupont), before + 1);
        // Échap comes back to the list, the closed file highlighted, and reads nothing.
        QTest::keyClick(page.fileView()->tabs(), Qt::Key_Escape);
        QVERIFY(!page.isFileShown());
        QVERIFY(page.openPatient().isEmpty());
        QCOMPARE(views(m_dupont), before + 1);
        QCOMPARE(page.table()->currentIndex().row(), page.model()->rowOf(m_dupont));
        // The arrows then Enter open another file: one consultation of that one.
        const int thirdRow = page.model()->rowOf(third);
        const int from = page.table()->currentIndex().row();
        for (int i = from; i != thirdRow; i += thirdRow > from ? 1 : -1) {
            QTest::keyClick(page.table(), thirdRow > from ? Qt::Key_Down : Qt::Key_Up);
        }
        QCOMPARE(views(third), 0);
        QTest::keyClick(page.table(), Qt::Key_Return);
        QCOMPARE(page.openPatient(), third);
        QCOMPARE(views(third), 1);
        if (!qEnvironmentVariableIsEmpty("OFFICINE_TEST_ARTIFACTS")) {
            QApplication::processEvents(); // lay the new rows out before the picture
            page.grab().save(qEnvironmentVariable("OFFICINE_TEST_ARTIFACTS")
                             + QStringLiteral("/patient-open.png"));
        }
        QCOMPARE(views(m_dupont), before + 1);
        QCOMPARE(views(other), 0);
        // Back, and opening the same file again is a new consultation, deliberate as the first.
        QVERIFY(page.closeFile());
        clickRow(page, page.model()->rowOf(third));
        QCOMPARE(views(third), 2);
        QVERIFY(page.closeFile());
        QCOMPARE(views(m_martin), beforeMartin);
        page.searchField()->clear();
    }

    void aPatientFileHistoryTabShowsThatPatientOnly()
    {
        Ui::PatientsPage page(*m_patients, *m_executor, m_log.get());
        page.resize(1200, 600);
        page.show();
        page.refresh();
        auto* search = page.searchField();
        search->setText(QStringLiteral("mart"));
        page.refresh();
        QTRY_COMPARE(page.table()->model()->rowCount(), 1);
        QVERIFY(!page.isFileShown()); // nothing is open until someone opens it
        clickRow(page, 0);
        QVERIFY(page.isFileShown());
        page.detailTabs()->setCurrentIndex(page.fileView()->accessTabIndex());
        // Created, viewed at set-up, viewed by Léa, viewed now.
        QCOMPARE(page.historyView()->rowCount(), 4);
        for (const Services::AuditRow& r : page.historyView()->rows()) {
            QCOMPARE(r.entry.patientUuid, m_martin);
        }
        // A technician without the audit permission sees why, not the entries.
        m_executor->setActor(Commands::Actor {QStringLiteral("prep"), QStringLiteral("P"), QString(),
                                              Auth::permissionsOf(Auth::Role::Preparateur)});
        page.historyView()->refresh();
        QCOMPARE(page.historyView()->rowCount(), 0);
    }
};

QTEST_MAIN(TestAuditView)
#include "test_auditview.moc"
