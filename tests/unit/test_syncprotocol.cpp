// The sync protocol's pure parts: the three-way merge, the strict parser and its writer, the
// signed messages and the workstation key.

#include "sync/devicekey.h"
#include "sync/merge.h"
#include "sync/protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Officine;
using namespace Officine::Sync;

class TestSyncProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergeTakesEachSidesOwnChanges()
    {
        const QJsonObject base {{"uuid", "x"}, {"a", 1}, {"b", 1}, {"c", 1}, {"d", 1}, {"revision", 3}};
        const QJsonObject local {{"uuid", "x"}, {"a", 2}, {"b", 1},       {"c", 5},
                                 {"d", 7},      {"e", 1}, {"revision", 9}};
        const QJsonObject remote {{"uuid", "x"}, {"a", 1}, {"b", 3}, {"c", 5}, {"d", 8}, {"revision", 4}};
        const MergeResult m = threeWayMerge(base, local, remote);
        QCOMPARE(m.merged.value("a").toInt(), 2); // local only
        QCOMPARE(m.merged.value("b").toInt(), 3); // remote only
        QCOMPARE(m.merged.value("c").toInt(), 5); // both, same value: no conflict
        QCOMPARE(m.merged.value("d").toInt(), 7); // both, differently: local kept, conflict
        QCOMPARE(m.merged.value("e").toInt(), 1); // added here
        QCOMPARE(m.merged.value("revision").toInt(), 4); // sync columns: the remote's
        QCOMPARE(m.conflicts.size(), size_t(1));
        QCOMPARE(m.conflicts.at(0).field, QStringLiteral("d"));
        QCOMPARE(m.conflicts.at(0).remote.toInt(), 8);
        QVERIFY(m.localChangesRemain);
        // A field removed here, untouched there, goes; nothing left when both agree.
        QVERIFY(!threeWayMerge(base, base, remote).localChangesRemain);
        QVERIFY(!threeWayMerge(base, base, remote).merged.contains("e"));
        QCOMPARE(threeWayMerge(base, remote, remote).conflicts.size(), size_t(0));
        // Lists are one value.
        const QJsonObject withList {{"allergies", QJsonArray {"pénicilline"}}};
        const QJsonObject otherList {{"allergies", QJsonArray {"pénicilline", "latex"}}};
        const QJsonObject thirdList {{"allergies", QJsonArray {"aspirine"}}};
        QCOMPARE(threeWayMerge(withList, otherList, thirdList).conflicts.size(), size_t(1));
    }

    void mergeIsSymmetricOnConflictsProperty()
    {
        // Random documents: the conflicts seen from either side are the same fields, and a
        // field changed on one side only always ends with that side's value.
        QRandomGenerator rng(1234);
        for (int round = 0; round < 500; ++round) {
            QJsonObject base, local, remote;
            for (int f = 0; f < 6; ++f) {
                const QString k = QStringLiteral("f%1").arg(f);
                const int b = int(rng.bounded(3));
                base.insert(k, b);
                local.insert(k, rng.bounded(2) ? b : int(rng.bounded(3)));
                remote.insert(k, rng.bounded(2) ? b : int(rng.bounded(3)));
            }
            const MergeResult one = threeWayMerge(base, local, remote);
            const MergeResult two = threeWayMerge(base, remote, local);
            QCOMPARE(one.conflicts.size(), two.conflicts.size());
            for (const QString& k : base.keys()) {
                if (local.value(k) == base.value(k)) {
                    QCOMPARE(one.merged.value(k), remote.value(k));
                } else if (remote.value(k) == base.value(k)) {
                    QCOMPARE(one.merged.value(k), local.value(k));
                }
            }
        }
    }

    void aPushRequestRoundTrips()
    {
        Change c;
        c.id = QStringLiteral("01a2379c-a595-72fd-afaa-04b85a7baacf");
        c.entity = QStringLiteral("patient");
        c.recordId = QStringLiteral("01a2379c-a599-76ac-ab08-da945c1a4bd5");
        c.operation = Operation::Update;
        c.baseRevision = 4;
        c.payload = QByteArrayLiteral("{\"notes\":\"« Œdème » \\u2028 😀\",\"uuid\":\"x\"}");
        Change d = c;
        d.id = QStringLiteral("01a2379c-a59f-7007-9549-7fc62a0d8507");
        d.operation = Operation::Delete;
        d.payload.clear();
        auto parsed = Parser::pushRequest(pushRequestJson({c, d}), {});
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().userText));
        QCOMPARE(parsed->size(), size_t(2));
        QCOMPARE(parsed->at(0).baseRevision, 4);
        QCOMPARE(QJsonDocument::fromJson(parsed->at(0).payload).object().value("notes").toString(),
                 QStringLiteral("« Œdème » \u2028 😀"));
        QCOMPARE(parsed->at(1).operation, Operation::Delete);
        QVERIFY(parsed->at(1).payload.isEmpty());
    }

    void theParserRefusesWhatDoesNotFit_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        const QByteArray ok
            = "{\"id\":\"01a2379c-a595-72fd-afaa-04b85a7baacf\",\"entity\":\"patient\",\"record\":"
              "\"01a2379c-a599-76ac-ab08-da945c1a4bd5\",\"operation\":\"create\",\"baseRevision\":0,"
              "\"payload\":{}}";
        const auto with = [&ok](const char* from, const char* to) -> QByteArray {
            return "{\"changes\":[" + QByteArray(ok).replace(from, to) + "]}";
        };
        QTest::newRow("append on a mutable")
            << with("\"create\"", "\"append\"") << QStringLiteral("ne s'ajoute pas");
        QTest::newRow("create with a base")
            << with("\"baseRevision\":0", "\"baseRevision\":3") << QStringLiteral("baseRevision");
        QTest::newRow("fractional revision")
            << with("\"baseRevision\":0", "\"baseRevision\":0.5") << QStringLiteral("entier");
        QTest::newRow("negative revision")
            << with("\"baseRevision\":0", "\"baseRevision\":-1") << QStringLiteral("entier");
        QTest::newRow("payload not an object")
            << with("\"payload\":{}", "\"payload\":[1]") << QStringLiteral("objet");
        QTest::newRow("delete with payload")
            << with("\"create\",\"baseRevision\":0", "\"delete\",\"baseRevision\":2")
            << QStringLiteral("suppression");
        QTest::newRow("braced uuid") << with("\"01a2379c-a595-72fd-afaa-04b85a7baacf\"",
                                             "\"{01a2379c-a595-72fd-afaa-04b85a7baacf}\"")
                                     << QStringLiteral("UUID");
        QTest::newRow("oversized payload")
            << with("\"payload\":{}",
                    QByteArray("\"payload\":{\"x\":\"" + QByteArray(300 * 1024, 'a') + "\"}").constData())
            << QStringLiteral("Kio");
        QTest::newRow("an audit entry that is not appended")
            << with("\"patient\"", "\"audit_entry\"") << QStringLiteral("qu'une fois");
    }

    void theParserRefusesWhatDoesNotFit()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        auto r = Parser::pushRequest(body, {});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().userText.contains(says), qPrintable(r.error().userText));
    }

    void theSignedMessagesBindEveryPart()
    {
        const QByteArray challenge(32, 'c');
        const auto key = DeviceKey::generate();
        QVERIFY(key);
        const QByteArray m = enrolmentMessage(challenge, QStringLiteral("750000001"), QStringLiteral("w"),
                                              key->publicKeyDer());
        QVERIFY(m
                != enrolmentMessage(challenge, QStringLiteral("750000002"), QStringLiteral("w"),
                                    key->publicKeyDer()));
        QVERIFY(m
                != enrolmentMessage(challenge, QStringLiteral("750000001"), QStringLiteral("v"),
                                    key->publicKeyDer()));
        QVERIFY(sessionMessage(challenge, QStringLiteral("w"))
                != sessionMessage(challenge, QStringLiteral("v")));
        // Length-prefixed: moving a byte from one part to the next changes the message.
        QVERIFY(sessionMessage("ab", QStringLiteral("c")) != sessionMessage("a", QStringLiteral("bc")));
        const auto signature = key->sign(m);
        QVERIFY(signature);
        QVERIFY(DeviceKey::verify(key->publicKeyDer(), m, *signature));
        QByteArray tampered = m;
        tampered[10] = char(tampered[10] ^ 1);
        QVERIFY(!DeviceKey::verify(key->publicKeyDer(), tampered, *signature));
        const auto other = DeviceKey::generate();
        QVERIFY(!DeviceKey::verify(other->publicKeyDer(), m, *signature));
        // Back from the keychain's bytes.
        const auto again = DeviceKey::fromPrivateKey(key->privateKeyDer());
        QVERIFY(again);
        QCOMPARE(again->publicKeyDer(), key->publicKeyDer());
        QVERIFY(!DeviceKey::fromPrivateKey(*SecureBuffer::random(40)));
    }
};

QTEST_GUILESS_MAIN(TestSyncProtocol)
#include "test_syncprotocol.moc"
