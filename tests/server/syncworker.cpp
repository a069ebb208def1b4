// A workstation's sync in its own process, for the tests that kill it (SIGKILL) at random
// points: it opens its store, a server session signed by a test card, then edits files and
// syncs in a loop, printing a line after each cycle.
//
//   test-sync-worker STORE KEYHEX URL CA.pem DEVICEKEY.der CARDKEY.pem CARDCERT.pem CYCLES

#include "model/patient.h"
#include "storage/patientrepository.h"
#include "storage/store.h"
#include "sync/httptransport.h"
#include "sync/syncengine.h"
#include "testpki.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <cstdio>

using namespace Officine;

static QByteArray readAll(const char* path)
{
    QFile f(QString::fromLocal8Bit(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 9) {
        std::fprintf(stderr,
                     "usage: test-sync-worker STORE KEYHEX URL CA DEVICEKEY CARDKEY CARDCERT CYCLES\n");
        return 2;
    }
    QByteArray keyBytes = QByteArray::fromHex(argv[2]);
    Storage::StoreOptions o;
    o.path = QString::fromLocal8Bit(argv[1]);
    auto store = Storage::Store::open(o, SecureBuffer::fromAndWipe(keyBytes));
    if (!store) {
        std::fprintf(stderr, "store: %s\n", qPrintable((*&store).error().logText));
        return 1;
    }
    QByteArray deviceBytes = readAll(argv[5]);
    auto device = Sync::DeviceKey::fromPrivateKey(SecureBuffer::fromAndWipe(deviceBytes));
    const Tools::TestPki::Issued card = Tools::TestPki::fromPem(readAll(argv[6]), readAll(argv[7]));
    Sync::ServerClient client(QUrl(QString::fromLocal8Bit(argv[3])),
                              QSslCertificate::fromData(readAll(argv[4])), 10000);
    const Sync::CardSigner signer = [&card](const QByteArray& m) -> Result<Sync::CardSignature> {
        return Sync::CardSignature {card.certificateDer(), Tools::TestPki::sign(card, m)};
    };
    const QString ws = (*store)->workstationId();
    auto session = client.openSession(ws, *device, signer);
    if (!session) {
        std::fprintf(stderr, "session: %s\n", qPrintable(session.error().logText));
        return 1;
    }
    const QByteArray token = session->token;
    Sync::HttpTransport transport(client, [&token]() { return token; });
    Sync::SyncOptions options;
    options.pushBatch = 25;
    options.pullPage = 30;
    Sync::SyncEngine engine(**store, transport, ws, options);
    Storage::PatientRepository repo(**store);
    const int cycles = QByteArray(argv[8]).toInt();
    std::printf("ready\n");
    std::fflush(stdout);
    for (int cycle = 0; cycle < cycles; ++cycle) {
        // A few new files and edits of this workstation's own field, then a sync.
        for (int i = 0; i < 5; ++i) {
            auto tx = Storage::Transaction::begin(**store);
            Model::Patient p;
            p.birthFamilyName = QStringLiteral("TUE%1").arg(QRandomGenerator::global()->bounded(1000000));
            p.givenNames = QStringLiteral("Paul");
            p.sex = Model::Sex::Male;
            p.birthDate = Model::BirthDate::fromIso(QStringLiteral("1961-07-01"));
            if (!repo.insert(p, {ws, QDateTime::currentDateTimeUtc()}) || !tx->commit()) {
                return 1;
            }
        }
        auto r = engine.run();
        std::printf("cycle %d %s\n", cycle, r ? "ok" : qPrintable(r.error().logText));
        std::fflush(stdout);
    }
    return 0;
}
