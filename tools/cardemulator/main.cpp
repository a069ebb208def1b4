// officine-card-emulator: a staff card of Officine's profile, plugged into a real pcscd
// through the vsmartcard-vpcd virtual reader driver.
//
//   officine-card-emulator run --card FILE [--host 127.0.0.1] [--port 35963] [--removed]
//       Connects to vpcd (retrying until its port opens) and answers APDUs. Reads commands on
//       standard input, one per line:
//         insert          connect to the reader (the card appears)
//         remove          close the connection (the card is pulled)
//         drop-at INS     pull the card when the next APDU with this INS (hex) arrives, instead
//                         of answering it (a card pulled mid-exchange); answers "armed INS"
//         strict-le       answer 6C xx to a READ BINARY asking more than what is left
//         quit
//       and reports on standard output: "inserted NS", "removed NS" (CLOCK_MONOTONIC), "dropped INS",
//       "apdu INS SW".
//   officine-card-emulator make-cards DIR
//       Writes a test PKI (DIR/trust/root.pem, intermediate.pem) and four demo cards:
//       titulaire.card, pharmacien.card, preparateur.card and nouvelle.card (no account yet).

#include "testpki.h"
#include "virtualcard.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTimer>
#include <chrono>
#include <cstdio>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Officine::Tools;

namespace {

/// CLOCK_MONOTONIC, shared with every process of the machine: the benchmark compares it with the
/// application's own timestamps.
qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void say(const QByteArray& line)
{
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

class Emulator : public QObject
{
public:
    Emulator(VirtualCard& card, QString host, quint16 port)
        : m_card(card)
        , m_host(std::move(host))
        , m_port(port)
    {
        connect(&m_socket, &QTcpSocket::connected, this, [this]() {
            m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
            int one = 1;
            ::setsockopt(static_cast<int>(m_socket.socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one,
                         sizeof one);
            say("inserted " + QByteArray::number(monotonicNs()));
        });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this]() {
            m_buffer.clear();
            m_card.reset();
            if (m_wantInserted) {
                // vpcd closed on us (pcscd restarting): come back.
                QTimer::singleShot(200, this, [this]() { tryConnect(); });
            }
        });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            if (m_wantInserted && m_socket.state() != QAbstractSocket::ConnectedState) {
                QTimer::singleShot(100, this, [this]() { tryConnect(); });
            }
        });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this]() { onData(); });
    }

    void insert()
    {
        m_wantInserted = true;
        tryConnect();
    }
    void remove()
    {
        m_wantInserted = false;
        const qint64 at = monotonicNs();
        m_socket.abort();
        m_card.reset();
        say("removed " + QByteArray::number(at));
    }
    void dropAt(int ins) { m_dropAt = ins; }

private:
    void tryConnect()
    {
        if (!m_wantInserted || m_socket.state() != QAbstractSocket::UnconnectedState) {
            return;
        }
        m_socket.connectToHost(m_host, m_port);
    }

    void send(const QByteArray& payload)
    {
        QByteArray frame;
        frame.append(static_cast<char>(payload.size() >> 8)).append(static_cast<char>(payload.size() & 0xff));
        frame.append(payload);
        m_socket.write(frame);
    }

    void onData()
    {
        m_buffer.append(m_socket.readAll());
        // vpcd writes a frame's length and its payload separately; with Nagle on its side and a
        // delayed ACK on ours, every APDU would stall about 40 ms. ACK at once (Linux resets
        // TCP_QUICKACK after each read, so set it every time).
        int one = 1;
        ::setsockopt(static_cast<int>(m_socket.socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one,
                     sizeof one);
        while (m_buffer.size() >= 2) {
            const int length = (quint8(m_buffer[0]) << 8) | quint8(m_buffer[1]);
            if (m_buffer.size() < 2 + length) {
                return;
            }
            const QByteArray payload = m_buffer.mid(2, length);
            m_buffer.remove(0, 2 + length);
            if (length == 1) {
                switch (quint8(payload[0])) {
                case 0x00: // power off
                case 0x01: // power on
                case 0x02: // reset
                    m_card.reset();
                    break;
                case 0x04: // get ATR
                    send(m_card.file().atr);
                    break;
                default:
                    break;
                }
                continue;
            }
            const int ins = payload.size() > 1 ? quint8(payload[1]) : -1;
            if (ins == m_dropAt) {
                m_dropAt = -1;
                m_wantInserted = false;
                m_socket.abort();
                m_card.reset();
                say("dropped " + QByteArray::number(ins, 16).toUpper());
                return;
            }
            const QByteArray response = m_card.process(payload);
            say("apdu " + QByteArray::number(ins, 16).toUpper() + ' ' + response.right(2).toHex().toUpper());
            send(response);
        }
    }

    VirtualCard& m_card;
    QString m_host;
    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_wantInserted = false;
    int m_dropAt = -1;
};

int makeCards(const QString& dir)
{
    QDir().mkpath(dir + QStringLiteral("/trust"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto root = TestPki::makeRoot(QStringLiteral("AC RACINE IGC-SANTE TEST OFFICINE"), now);
    const auto ca
        = TestPki::makeIntermediate(QStringLiteral("AC IGC-SANTE TEST PERSONNES OFFICINE"), root, now);
    QFile rootFile(dir + QStringLiteral("/trust/root.pem"));
    QFile caFile(dir + QStringLiteral("/trust/intermediate.pem"));
    if (!rootFile.open(QIODevice::WriteOnly) || !caFile.open(QIODevice::WriteOnly)) {
        return 1;
    }
    rootFile.write(root.certificatePem());
    caFile.write(ca.certificatePem());
    struct Demo
    {
        const char* file;
        const char* label;
        const char* idNatPs;
        const char* family;
        const char* given;
        const char* title;
        const char* pin;
    };
    // Fictitious identifiers: RPPS with a valid Luhn key, a FINESS of the test range.
    const Demo cards[] = {
        {"titulaire", "titulaire", "810012345673", "Démo", "Claire", "Pharmacien", "1234"},
        {"pharmacien", "pharmacien adjoint", "810000000009", "Essai", "Hugo", "Pharmacien", "2345"},
        {"preparateur", "préparatrice", "3990000002/0042", "Test", "Léa", "Carte de service santé ou social",
         "3456"},
        // A new team member: no account yet, for the titulaire to create one and bind this card.
        {"nouvelle", "nouvelle préparatrice", "3990000002/0057", "Nouvelle", "Nina",
         "Carte de service santé ou social", "4567"},
    };
    qint64 serial = 100;
    for (const Demo& d : cards) {
        TestPki::HolderSpec spec;
        spec.idNatPs = QString::fromUtf8(d.idNatPs);
        spec.familyName = QString::fromUtf8(d.family);
        spec.givenName = QString::fromUtf8(d.given);
        spec.title = QString::fromUtf8(d.title);
        spec.notBefore = now.addDays(-1);
        spec.notAfter = now.addYears(3);
        const auto holder = TestPki::makeHolder(spec, ca, ++serial);
        CardFile card;
        card.label = QString::fromUtf8(d.label);
        card.holder = spec.givenName + u' ' + spec.familyName.toUpper();
        card.idNatPs = spec.idNatPs;
        card.serial = QByteArray::fromHex("8025000001") + QByteArray::number(serial).rightJustified(7, '0');
        card.pin = d.pin;
        card.puk = "12345678";
        card.certificateDer = holder.certificateDer();
        card.privateKeyPem = holder.privateKeyPem();
        card.atr = QByteArray::fromHex("3BAC00402A001225006480000310009000");
        if (!card.save(dir + u'/' + QString::fromLatin1(d.file) + QStringLiteral(".card"))) {
            return 1;
        }
    }
    say("cards written to " + dir.toUtf8());
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("officine-card-emulator"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Émulateur de carte CPS/CPE de test pour Officine (vpcd)."));
    parser.addHelpOption();
    const QCommandLineOption cardOption(QStringLiteral("card"), QStringLiteral("Fichier de carte."),
                                        QStringLiteral("FICHIER"));
    const QCommandLineOption hostOption(QStringLiteral("host"), QStringLiteral("Hôte de vpcd."),
                                        QStringLiteral("HOTE"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port de vpcd."),
                                        QStringLiteral("PORT"), QStringLiteral("35963"));
    const QCommandLineOption removedOption(QStringLiteral("removed"),
                                           QStringLiteral("Démarrer carte retirée."));
    parser.addOptions({cardOption, hostOption, portOption, removedOption});
    parser.addPositionalArgument(QStringLiteral("commande"), QStringLiteral("run ou make-cards"));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.value(0) == QLatin1StringView("make-cards") && args.size() == 2) {
        return makeCards(args.at(1));
    }
    if (args.value(0) != QLatin1StringView("run") || !parser.isSet(cardOption)) {
        parser.showHelp(2);
    }
    auto file = CardFile::load(parser.value(cardOption));
    if (!file) {
        std::fprintf(stderr, "carte illisible : %s\n", qPrintable(parser.value(cardOption)));
        return 1;
    }
    VirtualCard card(std::move(*file));
    Emulator emulator(card, parser.value(hostOption),
                      static_cast<quint16>(parser.value(portOption).toUInt()));
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&]() {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            input.setEnabled(false);
            return; // stdin closed: keep running until killed
        }
        pending.append(buffer, static_cast<qsizetype>(n));
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline).trimmed();
            pending.remove(0, newline + 1);
            if (line == "insert") {
                emulator.insert();
            } else if (line == "remove") {
                emulator.remove();
            } else if (line.startsWith("drop-at ")) {
                emulator.dropAt(line.mid(8).toInt(nullptr, 16));
                say("armed " + line.mid(8).toUpper());
            } else if (line == "strict-le") {
                card.setStrictLe(true);
                say("strict-le");
            } else if (line == "quit") {
                app.quit();
            }
        }
    });
    if (!parser.isSet(removedOption)) {
        emulator.insert();
    }
    return app.exec();
}
