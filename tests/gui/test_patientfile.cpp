// The Patients screen on real widgets: keyboard search, the file as a screen of its own,
// creation with field-by-field errors and duplicate candidates, in-place edition, the
// rectification history, a restricted file.

#include "../harness/insisimulator.h"
#include "../unit/testutil.h"
#include "auth/role.h"
#include "commands/commandexecutor.h"
#include "commands/patientcommands.h"
#include "duplicatesdialog.h"
#include "importdialog.h"
#include "insidialog.h"
#include "patientfileview.h"
#include "patientspage.h"
#include "patienttablemodel.h"
#include "services/auditlog.h"
#include "services/patientdirectory.h"
#include "testpki.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Officine;

class TestPatientFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock {QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Storage::Store> m_store;
    std::unique_ptr<Commands::CommandExecutor> m_executor;
    std::unique_ptr<Services::PatientDirectory> m_patients;
    std::unique_ptr<Services::AuditLog> m_log;
    int m_n = 0;

    void asRole(Auth::Role role)
    {
        m_executor->setActor(Commands::Actor {
            role == Auth::Role::Preparateur ? QStringLiteral("lea") : QStringLiteral("claire"),
            role == Auth::Role::Preparateur ? QStringLiteral("Léa TEST") : QStringLiteral("Claire DÉMO"),
            QString(), Auth::permissionsOf(role)});
    }

    QString create(const QString& family, const QString& given, Model::BirthDate born,
                   const QString& city = {})
    {
        Model::Patient p;
        p.birthFamilyName = family;
        p.givenNames = given;
        p.sex = Model::Sex::Female;
        p.birthDate = born;
        p.city = city;
        Commands::CreatePatientCommand c(p, m_clock.today());
        c.setDuplicatesReviewed(true);
        return m_executor->execute(c) ? c.patient().meta.uuid : QString();
    }

    qint64 views(const QString& uuid)
    {
        Audit::Filter f;
        f.patientUuid = uuid;
        f.action = Audit::Action::View;
        return qint64(Audit::Trail(*m_store).find(f)->size());
    }

    void artifact(QWidget& w, const char* name)
    {
        if (!qEnvironmentVariableIsEmpty("OFFICINE_TEST_ARTIFACTS")) {
            QApplication::processEvents();
            w.grab().save(qEnvironmentVariable("OFFICINE_TEST_ARTIFACTS") + u'/' + QString::fromLatin1(name));
        }
    }

    QLineEdit* line(Ui::PatientFileView* file, const char* field)
    {
        return qobject_cast<QLineEdit*>(file->editor(QString::fromLatin1(field)));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_log.reset();
        m_patients.reset();
        m_executor.reset();
        m_store = Test::openStore(m_dir.filePath(QStringLiteral("p%1.db").arg(++m_n)), Test::testKey());
        QVERIFY(m_store);
        m_executor = std::make_unique<Commands::CommandExecutor>(*m_store, m_clock);
        asRole(Auth::Role::Titulaire);
        m_patients = std::make_unique<Services::PatientDirectory>(*m_executor);
        m_log = std::make_unique<Services::AuditLog>(*m_executor);
    }

    void typeArrowsEnterOpensEscapeComesBack()
    {
        create(QStringLiteral("Hélène"), QStringLiteral("Marie"), {1948, 3, 12}, QStringLiteral("Lyon"));
        const QString second = create(QStringLiteral("Helenard"), QStringLiteral("Louise"), {1950, 1, 1},
                                      QStringLiteral("Tours"));
        create(QStringLiteral("Martin"), QStringLiteral("Paul"), {1960, 6, 6});
        Ui::PatientsPage page(*m_patients, *m_executor, m_log.get());
        page.resize(1280, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.refresh();
        page.searchField()->setFocus();
        QTest::keyClicks(page.searchField(), QStringLiteral("HELE"));
        QTest::qWait(400); // past the typing pause: the last refresh has run
        QCOMPARE(page.model()->rowCount(), 2);
        artifact(page, "patients-search.png");
        // HELENARD sorts before HÉLÈNE. Down highlights the first row, arrows move, nothing opens.
        QCOMPARE(page.model()->rowOf(second), 0);
        QTest::keyClick(page.searchField(), Qt::Key_Down);
        QTest::keyClick(page.table(), Qt::Key_Down);
        QTest::keyClick(page.table(), Qt::Key_Up);
        QCOMPARE(views(second), 0);
        QTest::keyClick(page.table(), Qt::Key_Return);
        QVERIFY(page.isFileShown());
        QCOMPARE(page.openPatient(), second);
        QCOMPARE(views(second), 1);
        QCOMPARE(line(page.fileView(), "given_names")->text(), QStringLiteral("Louise"));
        QVERIFY(page.fileView()->statusBadge()->text().contains(QStringLiteral("provisoire")));
        artifact(page, "patient-file-identity.png");
        QTest::keyClick(page.fileView()->tabs(), Qt::Key_Escape);
        QVERIFY(!page.isFileShown());
        QCOMPARE(page.table()->currentIndex().row(), page.model()->rowOf(second));
        QVERIFY(page.table()->hasFocus());
        QTest::keyClick(page.table(), Qt::Key_Escape);
        QVERIFY(page.searchField()->hasFocus());
        QCOMPARE(views(second), 1);
    }

    void aNewFileShowsErrorsKeepsWhatWasTypedThenOffersDuplicates()
    {
        const QString existing = create(QStringLiteral("Lemaire"), QStringLiteral("Jeanne Marie"),
                                        {1950, 4, 3}, QStringLiteral("Tours"));
        Ui::PatientsPage page(*m_patients, *m_executor, m_log.get());
        page.resize(1280, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.refresh();
        QTest::keyClicks(page.searchField(), QStringLiteral("lemaitre"));
        QTest::mouseClick(page.newPatientButton(), Qt::LeftButton);
        Ui::PatientFileView* file = page.fileView();
        QVERIFY(file->isCreating());
        QCOMPARE(line(file, "birth_family_name")->text(), QStringLiteral("LEMAITRE")); // from the search
        QTest::keyClicks(line(file, "given_names"), QStringLiteral("Jeanne"));
        QTest::keyClicks(line(file, "birth_date"), QStringLiteral("31/02/1950"));
        QTest::keyClicks(line(file, "nir"), QStringLiteral("250047511504299"));
        file->tabs()->setCurrentIndex(1);
        QTest::keyClicks(line(file, "email"), QStringLiteral("jeanne@"));
        const qint64 before = *m_store->scalar(QStringLiteral("SELECT count(*) FROM patient"));
        QVERIFY(!file->save());
        for (const char* f : {"birth_date", "nir", "email"}) {
            QVERIFY2(!file->errorLabel(QString::fromLatin1(f))->isHidden(), f);
            QVERIFY(!file->errorLabel(QString::fromLatin1(f))->text().isEmpty());
        }
        QVERIFY(
            file->errorLabel(QStringLiteral("birth_date"))->text().contains(QStringLiteral("n'existe pas")));
        QVERIFY(file->errorLabel(QStringLiteral("nir"))->text().contains(QStringLiteral("clé")));
        QVERIFY(file->errorLabel(QStringLiteral("given_names"))->isHidden());
        QCOMPARE(*m_store->scalar(QStringLiteral("SELECT count(*) FROM patient")), before);
        // Nothing typed is lost.
        QCOMPARE(line(file, "birth_date")->text(), QStringLiteral("31/02/1950"));
        QCOMPARE(line(file, "email")->text(), QStringLiteral("jeanne@"));
        file->tabs()->setCurrentIndex(0);
        artifact(page, "patient-new-errors.png");

        // Fixed: the close file comes first; "create anyway" makes a distinct file.
        line(file, "birth_date")->setText(QStringLiteral("03/04/1950"));
        line(file, "nir")->clear();
        line(file, "email")->setText(QStringLiteral("jeanne.lemaitre@example.org"));
        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<Ui::DuplicatesDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialogSeen = true;
            QCOMPARE(dialog->table()->rowCount(), 1);
            QCOMPARE(dialog->selectedUuid(), existing);
            artifact(*dialog, "patient-duplicates.png");
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("duplicates.create")),
                              Qt::LeftButton);
        });
        QVERIFY(file->save());
        QVERIFY(dialogSeen);
        QCOMPARE(*m_store->scalar(QStringLiteral("SELECT count(*) FROM patient")), before + 1);
        QVERIFY(!file->isCreating());
        QVERIFY(file->patientUuid() != existing);
        QCOMPARE(views(file->patientUuid()), 1); // opened once, after its creation
        QCOMPARE(file->statusBadge()->text(), QStringLiteral("Identité provisoire"));
    }

    void choosingTheExistingFileOpensItInsteadOfCreating()
    {
        const QString existing
            = create(QStringLiteral("Lemaire"), QStringLiteral("Jeanne Marie"), {1950, 4, 3});
        Ui::PatientsPage page(*m_patients, *m_executor, m_log.get());
        page.show();
        page.newPatient();
        Ui::PatientFileView* file = page.fileView();
        QTest::keyClicks(line(file, "birth_family_name"), QStringLiteral("Lemaire"));
        QTest::keyClicks(line(file, "given_names"), QStringLiteral("Marie Jeanne"));
        QTest::keyClicks(line(file, "birth_date"), QStringLiteral("030450"));
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<Ui::DuplicatesDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("duplicates.open")),
                              Qt::LeftButton);
        });
        QVERIFY(!file->save());
        QCOMPARE(*m_store->scalar(QStringLiteral("SELECT count(*) FROM patient")), 1);
        QCOMPARE(page.openPatient(), existing);
        QCOMPARE(views(existing), 1);
    }

    void aTechnicianEditsContactInPlaceAndTheHistoryShowsIt()
    {
        const QString uuid
            = create(QStringLiteral("Perrin"), QStringLiteral("Odile"), {1944, 8, 8}, QStringLiteral("Lyon"));
        asRole(Auth::Role::Preparateur);
        Ui::PatientsPage page(*m_patients, *m_executor, m_log.get());
        page.resize(1280, 760);
        page.show();
        page.openFile(uuid);
        Ui::PatientFileView* file = page.fileView();
        // Identity is a pharmacist's: read-only here (the command refuses it anyway).
        QVERIFY(line(file, "birth_family_name")->isReadOnly());
        QVERIFY(!line(file, "city")->isReadOnly());
        line(file, "city")->setText(QStringLiteral("Villeurbanne"));
        line(file, "postal_code")->setText(QStringLiteral("69100"));
        line(file, "mobile_phone")->setText(QStringLiteral("01 99 00 12 34")); // not a mobile
        QVERIFY(!file->save());
        QVERIFY(
            file->errorLabel(QStringLiteral("mobile_phone"))->text().contains(QStringLiteral("06 ou 07")));
        line(file, "mobile_phone")->setText(QStringLiteral("06 39 98 00 01"));
        QVERIFY(file->save());
        QCOMPARE(Storage::PatientRepository(*m_store).get(uuid)->city, QStringLiteral("Villeurbanne"));
        file->tabs()->setCurrentIndex(3);
        QTreeWidget* tree = file->historyTree();
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("Coordonnées"));
        QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("Léa TEST"));
        QStringList lines;
        for (int i = 0; i < tree->topLevelItem(0)->childCount(); ++i) {
            lines << tree->topLevelItem(0)->child(i)->text(1);
        }
        QVERIFY2(lines.contains(QStringLiteral("Commune\u00a0: Lyon → Villeurbanne")),
                 qPrintable(lines.join(u'|')));
        artifact(page, "patient-file-history.png");
        // One consultation: the opening. Saving and reading back is not another.
        QCOMPARE(views(uuid), 1);
    }

    void aRestrictedFileSaysSoAndCannotBeEdited()
    {
        const QString uuid = create(QStringLiteral("Roche"), QStringLiteral("Simone"), {1941, 7, 21});
        Commands::SetRestrictionCommand restrict(uuid, true,
                                                 QStringLiteral("Exactitude de l'adresse contestée"));
        QVERIFY(m_executor->execute(restrict));
        Ui::PatientsPage page(*m_patients, *m_executor, m_log.get());
        page.resize(1280, 760);
        page.show();
        page.refresh();
        QCOMPARE(page.model()->index(0, Ui::PatientTableModel::Status).data().toString(),
                 QStringLiteral("Provisoire · limité"));
        page.openFile(uuid);
        Ui::PatientFileView* file = page.fileView();
        QVERIFY(file->banner()->isVisibleTo(file));
        QVERIFY(file->banner()->text().contains(QStringLiteral("limité")));
        QVERIFY(file->banner()->text().contains(QStringLiteral("contestée")));
        QVERIFY(line(file, "city")->isReadOnly());
        QVERIFY(!file->saveButton()->isEnabled());
        file->tabs()->setCurrentIndex(4);
        QCOMPARE(file->rightsTable()->rowCount(), 1);
        QCOMPARE(file->rightsTable()->item(0, 1)->text(), QStringLiteral("Limitation du traitement"));
        artifact(page, "patient-file-rights.png");
    }

    void theAccessCopyIsAReadablePdfRecordedAsARight()
    {
        Model::Patient p;
        p.birthFamilyName = QStringLiteral("Copie");
        p.givenNames = QStringLiteral("Marthe");
        p.sex = Model::Sex::Female;
        p.birthDate = Model::BirthDate(1939, 5, 5);
        p.allergies = {{{}, false, QStringLiteral("Pénicilline"), QStringLiteral("urticaire"), {}, {}}};
        Commands::CreatePatientCommand c(p, m_clock.today());
        QVERIFY(m_executor->execute(c));
        const QString uuid = c.patient().meta.uuid;
        Ui::PatientsPage page(*m_patients, *m_executor, m_log.get());
        page.show();
        page.openFile(uuid);
        const QString pdf = m_dir.filePath(QStringLiteral("copie.pdf"));
        QVERIFY(page.fileView()->writeAccessCopy(pdf));
        QCOMPARE(QFile::permissions(pdf) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        if (!qEnvironmentVariableIsEmpty("OFFICINE_TEST_ARTIFACTS")) {
            QFile::copy(pdf,
                        qEnvironmentVariable("OFFICINE_TEST_ARTIFACTS")
                            + QStringLiteral("/patient-access-copy.pdf"));
        }
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        for (const char* expected :
             {"COPIE Marthe", "Pénicilline", "Historique des accès au dossier", "Consultation"}) {
            QVERIFY2(content.contains(QString::fromUtf8(expected)), expected);
        }
        QCOMPARE(page.fileView()->rightsTable()->rowCount(), 0); // the screen reloads after the button only
        page.fileView()->tabs()->setCurrentIndex(4);
        QVERIFY(page.closeFile());
        page.openFile(uuid);
        QCOMPARE(page.fileView()->rightsTable()->rowCount(), 1);
        QCOMPARE(page.fileView()->rightsTable()->item(0, 1)->text(),
                 QStringLiteral("Droit d'accès (copie du dossier)"));
        // A file that cannot be written records nothing.
        const qint64 exports
            = *m_store->scalar(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'export'"));
        QVERIFY(!page.fileView()->writeAccessCopy(QStringLiteral("/nonexistent-folder/copie.pdf")));
        QCOMPARE(*m_store->scalar(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'export'")),
                 exports);
    }

    void aPhotoIsStoredEncryptedAndShownOnTheFile()
    {
        const QString uuid = create(QStringLiteral("Faure"), QStringLiteral("Madeleine"), {1931, 9, 30},
                                    QStringLiteral("Annecy"));
        Ui::PatientsPage page(*m_patients, *m_executor, m_log.get());
        page.resize(1280, 760);
        page.show();
        page.openFile(uuid);
        auto* photo = page.fileView()->findChild<QLabel*>(QStringLiteral("patientFile.photo"));
        QVERIFY(photo);
        QVERIFY(photo->pixmap().isNull());
        // A picture as a camera gives it: large; the screen scales it before it is stored.
        QImage image(1600, 2000, QImage::Format_RGB32);
        image.fill(QColor(200, 170, 150));
        const QString file = m_dir.filePath(QStringLiteral("photo.png"));
        QVERIFY(image.save(file));
        page.fileView()->usePhotoFileForTest(file);
        QVERIFY(!photo->pixmap().isNull());
        const QByteArray stored = *Storage::PatientRepository(*m_store).photo(uuid);
        QVERIFY(stored.startsWith("\xFF\xD8\xFF")); // JPEG
        QVERIFY(stored.size() < 200 * 1024);
        QImage back;
        QVERIFY(back.loadFromData(stored));
        QVERIFY(back.width() <= 480 && back.height() <= 600);
        artifact(page, "patient-file-photo.png");
    }

    void theImportDialogPreviewsChecksAndImports()
    {
        const QString path = m_dir.filePath(QStringLiteral("export-ancien-logiciel.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Nom;Prénom;Sexe;Date naissance;CP;Ville;Remarque\n"
                    "DUPONT;Jeanne;F;12/03/1948;75015;Paris;x\n"
                    "DURAND;Paul;M;31/02/1950;;;\n"
                    "PETIT;Léa;F;01/01/1990;69003;Lyon;\n");
        }
        Ui::ImportDialog dialog(*m_executor);
        dialog.show();
        QVERIFY(dialog.loadFile(path));
        QCOMPARE(dialog.mappingFor(0)->currentData().toString(), QStringLiteral("birth_family_name"));
        QCOMPARE(dialog.mappingFor(3)->currentData().toString(), QStringLiteral("birth_date"));
        QCOMPARE(dialog.mappingFor(6)->currentData().toString(), QString()); // ignored
        QVERIFY(dialog.check());
        QCOMPARE(dialog.rejectedTable()->rowCount(), 1);
        QCOMPARE(dialog.rejectedTable()->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(*m_store->scalar(QStringLiteral("SELECT count(*) FROM patient")), 0);
        artifact(dialog, "patient-import-check.png");
        QVERIFY(dialog.import(1));
        QCOMPARE(dialog.result()->imported, 2);
        QCOMPARE(dialog.result()->batches, 2);
        QCOMPARE(*m_store->scalar(QStringLiteral("SELECT count(*) FROM patient")), 2);
        QVERIFY(dialog.summary()->text().contains(QStringLiteral("Import terminé")));
    }

    void theInsiDialogComparesAdoptsAndSaysWhenTheServiceIsDown()
    {
        QVERIFY(m_store->setMeta(QStringLiteral("ins_environment"), QStringLiteral("test")));
        // The simulated national base holds one person; a second simulator is down.
        const QString persons = m_dir.filePath(QStringLiteral("persons.json"));
        QVERIFY(Test::writeInsiPersons(
            persons,
            {Test::insiPerson("297022A02077878", "ADRTROIS", "DOMINIQUE", "F", "1997-02-26", "2A020")}));
        const auto up = Test::startInsiSimulator(persons);
        const auto down = Test::startInsiSimulator(persons, {QStringLiteral("--down")});
        const QUrl upUrl = up->url, downUrl = down->url;
        QVERIFY(upUrl.port() > 0 && downUrl.port() > 0);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto root = Tools::TestPki::makeRoot(QStringLiteral("AC RACINE TEST"), now);
        Tools::TestPki::HolderSpec spec;
        spec.idNatPs = QStringLiteral("810012345673");
        spec.familyName = QStringLiteral("Démo");
        spec.givenName = QStringLiteral("Claire");
        spec.notBefore = now.addDays(-1);
        spec.notAfter = now.addDays(100);
        const auto card = Tools::TestPki::makeHolder(spec, root, 77);
        SystemClock wall;
        auto access = [&](Insi::HttpTeleservice& service) {
            Insi::Access a;
            a.service = &service;
            a.needsPin = false;
            a.caller = [card](std::shared_ptr<const SecureBuffer>) -> Result<Insi::Caller> {
                Insi::Caller c;
                c.idNatPs = QStringLiteral("810012345673");
                c.displayName = QStringLiteral("Claire DÉMO");
                c.structureFiness = QStringLiteral("750000001");
                c.certificate = [card]() -> Result<QByteArray> { return card.certificateDer(); };
                c.sign = [card](const QByteArray& d) -> Result<QByteArray> {
                    return Tools::TestPki::sign(card, d);
                };
                return c;
            };
            return a;
        };
        Insi::HttpTeleservice upService({upUrl, {}, 5000, {}}, wall);
        Insi::HttpTeleservice downService({downUrl, {}, 5000, {}}, wall);

        const QString uuid = create(QStringLiteral("Adrtrois"), QStringLiteral("Dominique"), {1997, 2, 26});
        Ui::PatientsPage page(*m_patients, *m_executor, m_log.get());
        page.resize(1280, 760);
        page.show();
        page.openFile(uuid);
        QVERIFY(page.isFileShown());
        Ui::PatientFileView* view = page.fileView();

        // Service down: said in French, nothing recorded, the file provisoire.
        view->setInsi(access(downService));
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<Ui::InsiDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto closeAnyway = qScopeGuard([dialog] { dialog->reject(); }); // even on a failure
            QCOMPARE(dialog->operationBox()->currentIndex(), 0); // by the traits: the file has no INS yet
            QTest::mouseClick(dialog->queryButton(), Qt::LeftButton);
            QTRY_VERIFY(dialog->message()->text().contains(QStringLiteral("provisoire")));
            QVERIFY(!dialog->comparison()->isVisible());
            artifact(*dialog, "insi-down.png");
            seen = true;
        });
        QTest::mouseClick(view->insiButton(), Qt::LeftButton);
        QVERIFY(seen);
        QCOMPARE(view->statusBadge()->text(), QStringLiteral("Identité provisoire"));
        QVERIFY(view->message()->text().contains(QStringLiteral("provisoire"))); // the file says so too

        // Something typed and not saved: the teleservice is not asked, nothing typed is lost.
        line(view, "phone")->setText(QStringLiteral("01 23 45 67 89"));
        QTest::mouseClick(view->insiButton(), Qt::LeftButton);
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(view->message()->text().contains(QStringLiteral("Enregistrez d'abord")));
        QCOMPARE(line(view, "phone")->text(), QStringLiteral("01 23 45 67 89"));
        QVERIFY(view->save());
        QCOMPARE(*m_store->scalar(QStringLiteral("SELECT count(*) FROM audit_entry WHERE detail LIKE "
                                                 "'command=patient.insi%'")),
                 0);

        // Found: compared field by field, adopted once confirmed.
        view->setInsi(access(upService));
        seen = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<Ui::InsiDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto closeAnyway = qScopeGuard([dialog] { dialog->reject(); }); // even on a failure
            QTest::mouseClick(dialog->queryButton(), Qt::LeftButton);
            QTRY_VERIFY(dialog->adoptButton()->isVisible());
            QTableWidget* table = dialog->comparison();
            QCOMPARE(table->rowCount(), 7);
            QStringList differing;
            for (int r = 0; r < table->rowCount(); ++r) {
                if (table->item(r, 3)->data(Qt::UserRole).toBool()) {
                    differing << table->item(r, 0)->text();
                }
            }
            QCOMPARE(differing, QStringList {QStringLiteral("Lieu de naissance")});
            QVERIFY(!dialog->adoptButton()->isEnabled()); // until the comparison is confirmed
            dialog->confirmBox()->setChecked(true);
            artifact(*dialog, "insi-found.png");
            QTest::mouseClick(dialog->adoptButton(), Qt::LeftButton);
            QVERIFY(dialog->changedFile());
            seen = true;
        });
        QTest::mouseClick(view->insiButton(), Qt::LeftButton);
        QVERIFY(seen);
        QCOMPARE(view->statusBadge()->text(), QStringLiteral("Identité récupérée"));
        artifact(page, "insi-adopted.png");
        QCOMPARE(
            *m_store->scalar(QStringLiteral("SELECT count(*) FROM audit_entry WHERE detail LIKE "
                                            "'command=patient.insi;%adopted=yes' AND outcome = 'success'")),
            1);
        QCOMPARE(*m_store->scalar(QStringLiteral("SELECT count(*) FROM audit_entry WHERE detail LIKE "
                                                 "'command=patient.insi%'")),
                 1);
        view->tabs()->setCurrentWidget(view->historyTree()->parentWidget());
        bool inHistory = false;
        for (int i = 0; i < view->historyTree()->topLevelItemCount(); ++i) {
            inHistory = inHistory
                || view->historyTree()->topLevelItem(i)->text(1).contains(QStringLiteral("INSi"))
                || view->historyTree()->topLevelItem(i)->text(2).contains(QStringLiteral("INSi"));
        }
        QVERIFY(inHistory);
    }
};

QTEST_MAIN(TestPatientFile)
#include "test_patientfile.moc"
