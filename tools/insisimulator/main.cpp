// officine-insi-simulator: a local stand-in for the national INSi teleservice, started by the
// tests and the demo. It answers the SOAP messages of the INSi integration guide
// (RECSANSVITALE, RECVITALE and the verification, RESULTAT with CR 00/01/02, SOAP faults) from a
// JSON file of fictitious persons, and checks what the real service checks first: the PS
// assertion signed by a card whose certificate chains to the authorities it trusts.
//
//   officine-insi-simulator --persons persons.json [--port 0] [--trust ca.pem] [--down]
//
// Prints "listening <port>" on stdout once ready. --down answers every request with HTTP 503 and
// a SOAP Receiver fault (the service in maintenance). The request parsing here is written
// apart from the client's, from the message shapes, so the tests do not check the client
// against itself.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QXmlStreamReader>
#include <cstdio>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

namespace {

struct Person
{
    QString matricule, oid, birthName, givenNames, sex, birthDate, birthPlace;
    QString vitaleHolder, vitaleBirthDate;
    int vitaleRank = 1;
    QStringList history;
};

struct Parsed
{
    QString action;
    QString kind; // RECSANSVITALE, RECVITALE, VERIFINS
    QMap<QString, QString> fields; // leaf name -> text (last one wins; Prenom kept as typed)
    QString nameId;
    QString issueInstant;
    QByteArray certificate;
    QByteArray signature;
};

QString fold(const QString& s)
{
    QString d = s.normalized(QString::NormalizationForm_D);
    QString out;
    for (QChar c : d) {
        if (c.category() != QChar::Mark_NonSpacing) {
            out += c.toUpper();
        }
    }
    return out.simplified();
}

QByteArray xmlEscape(const QString& s)
{
    return s.toHtmlEscaped().toUtf8();
}

QByteArray envelope(const QByteArray& inner)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\">"
           "<env:Body xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\">"
        + inner + "</env:Body></soap:Envelope>";
}

QHttpServerResponse fault(QHttpServerResponse::StatusCode status, const char* code, const char* subcode,
                          const QString& reason)
{
    QByteArray inner = "<env:Fault><env:Code><env:Value>env:" + QByteArray(code) + "</env:Value>";
    if (subcode) {
        inner += "<env:Subcode><env:Value xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/"
                 "oasis-200401-wss-wssecurity-secext-1.0.xsd\">"
            + QByteArray(subcode) + "</env:Value></env:Subcode>";
    }
    inner += "</env:Code><env:Reason><env:Text xml:lang=\"fr\">" + xmlEscape(reason)
        + "</env:Text></env:Reason></env:Fault>";
    return QHttpServerResponse("application/soap+xml; charset=utf-8", envelope(inner), status);
}

QByteArray result(const char* code, const char* label, const QByteArray& individu = {})
{
    return envelope(
        "<RESULTAT xmlns=\"http://www.cnamts.fr/INSiResultat\" "
        "xmlns:ns0=\"http://www.cnamts.fr/INSiRecVit\" xmlns:ns1=\"http://www.cnamts.fr/INSiRecSans\">"
        "<CR><CodeCR>"
        + QByteArray(code) + "</CodeCR><LibelleCR>" + label + "</LibelleCR></CR>" + individu + "</RESULTAT>");
}

QByteArray individu(const Person& p)
{
    QByteArray x = "<INDIVIDU><INSACTIF><IdIndividu><NumIdentifiant>" + xmlEscape(p.matricule.left(13))
        + "</NumIdentifiant><Cle>" + xmlEscape(p.matricule.mid(13)) + "</Cle></IdIndividu><OID>"
        + xmlEscape(p.oid) + "</OID></INSACTIF>";
    for (const QString& old : p.history) {
        x += "<INSHISTO><IdIndividu><NumIdentifiant>" + xmlEscape(old.left(13)) + "</NumIdentifiant><Cle>"
            + xmlEscape(old.mid(13)) + "</Cle></IdIndividu><OID>" + xmlEscape(p.oid) + "</OID></INSHISTO>";
    }
    x += "<TIQ><NomNaissance>" + xmlEscape(p.birthName) + "</NomNaissance><ListePrenom>"
        + xmlEscape(p.givenNames) + "</ListePrenom><Sexe>" + xmlEscape(p.sex) + "</Sexe><DateNaissance>"
        + xmlEscape(p.birthDate) + "</DateNaissance><LieuNaissance>" + xmlEscape(p.birthPlace)
        + "</LieuNaissance></TIQ></INDIVIDU>";
    return x;
}

std::optional<Parsed> parse(const QByteArray& xml)
{
    Parsed out;
    QXmlStreamReader r(xml);
    QStringList path;
    while (!r.atEnd()) {
        const auto t = r.readNext();
        if (t == QXmlStreamReader::StartElement) {
            path << r.name().toString();
            const QString ns = r.namespaceUri().toString();
            if (ns.startsWith(QLatin1StringView("http://www.cnamts.fr/INSi")) && out.kind.isEmpty()) {
                out.kind = r.name().toString();
            }
            if (r.name() == QLatin1StringView("Assertion")) {
                out.issueInstant = r.attributes().value(QLatin1StringView("IssueInstant")).toString();
            }
        } else if (t == QXmlStreamReader::EndElement) {
            path.removeLast();
        } else if (t == QXmlStreamReader::Characters && !r.isWhitespace() && !path.isEmpty()) {
            const QString leaf = path.last();
            const QString text = r.text().toString();
            if (leaf == QLatin1StringView("Action")) {
                out.action = text.trimmed();
            } else if (leaf == QLatin1StringView("NameID")) {
                out.nameId = text.trimmed();
            } else if (leaf == QLatin1StringView("X509Certificate")) {
                out.certificate = QByteArray::fromBase64(text.toLatin1());
            } else if (leaf == QLatin1StringView("SignatureValue")) {
                out.signature = QByteArray::fromBase64(text.toLatin1());
            } else if (!out.kind.isEmpty()) {
                out.fields[leaf] = text.trimmed();
            }
        }
    }
    if (r.hasError() || out.kind.isEmpty()) {
        return std::nullopt;
    }
    return out;
}

/// The bytes between the first `<open` and the end of the matching `</close>`.
QByteArray slice(const QByteArray& xml, const QByteArray& open, const QByteArray& close)
{
    const qsizetype from = xml.indexOf(QByteArray("<" + open));
    const qsizetype to = xml.indexOf(QByteArray("</" + close + ">"), from);
    if (from < 0 || to < 0) {
        return {};
    }
    return xml.mid(from, to - from + close.size() + 3);
}

QString commonName(X509* cert)
{
    char buf[256] = {};
    X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, buf, sizeof buf);
    return QString::fromUtf8(buf);
}

class Simulator
{
public:
    std::vector<Person> persons;
    bool down = false;
    QList<QByteArray> trustPem; // roots and intermediates; empty: any certificate

    QHttpServerResponse handle(const QHttpServerRequest& request)
    {
        if (down) {
            return fault(QHttpServerResponse::StatusCode::ServiceUnavailable, "Receiver", nullptr,
                         QStringLiteral("Service en maintenance"));
        }
        const QByteArray xml = request.body();
        const auto parsed = parse(xml);
        if (!parsed) {
            return fault(QHttpServerResponse::StatusCode::BadRequest, "Sender", nullptr,
                         QStringLiteral("Message illisible"));
        }
        if (const QString refused = authenticate(xml, *parsed); !refused.isEmpty()) {
            std::fprintf(stderr, "insi-simulator: refused: %s\n", qPrintable(refused));
            return fault(QHttpServerResponse::StatusCode::InternalServerError, "Sender",
                         "wsse:FailedAuthentication", refused);
        }
        const auto& f = parsed->fields;
        QByteArray answer;
        if (parsed->kind == QLatin1StringView("RECSANSVITALE")) {
            answer = searchTraits(f);
        } else if (parsed->kind == QLatin1StringView("RECVITALE")) {
            answer = searchVitale(f);
        } else if (parsed->kind == QLatin1StringView("VERIFINS")) {
            answer = verify(f);
        } else {
            return fault(QHttpServerResponse::StatusCode::BadRequest, "Sender", nullptr,
                         QStringLiteral("Opération inconnue"));
        }
        return QHttpServerResponse("application/soap+xml; charset=utf-8", answer);
    }

private:
    QString authenticate(const QByteArray& xml, const Parsed& p)
    {
        if (p.certificate.isEmpty() || p.signature.isEmpty()) {
            return QStringLiteral("Assertion PS absente");
        }
        const QDateTime issued = QDateTime::fromString(p.issueInstant, Qt::ISODateWithMs);
        if (!issued.isValid() || qAbs(issued.secsTo(QDateTime::currentDateTimeUtc())) > 300) {
            return QStringLiteral("Assertion PS périmée");
        }
        const auto* der = reinterpret_cast<const unsigned char*>(p.certificate.constData());
        X509* cert = d2i_X509(nullptr, &der, p.certificate.size());
        if (!cert) {
            return QStringLiteral("Certificat illisible");
        }
        QString refused;
        if (commonName(cert) != p.nameId) {
            refused = QStringLiteral("Le certificat n'est pas celui du PS de l'assertion");
        }
        if (refused.isEmpty() && !trustPem.isEmpty()) {
            X509_STORE* store = X509_STORE_new();
            STACK_OF(X509)* chain = sk_X509_new_null();
            for (const QByteArray& pem : trustPem) {
                BIO* bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
                while (X509* c = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
                    // Self-signed: a root, trusted; otherwise an intermediate offered for the chain.
                    if (X509_check_issued(c, c) == X509_V_OK) {
                        X509_STORE_add_cert(store, c);
                        X509_free(c);
                    } else {
                        sk_X509_push(chain, c);
                    }
                }
                BIO_free(bio);
            }
            X509_STORE_CTX* ctx = X509_STORE_CTX_new();
            X509_STORE_CTX_init(ctx, store, cert, chain);
            if (X509_verify_cert(ctx) != 1) {
                refused = QStringLiteral("Certificat non reconnu (%1)")
                              .arg(QString::fromUtf8(
                                  X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx))));
            }
            X509_STORE_CTX_free(ctx);
            sk_X509_pop_free(chain, X509_free);
            X509_STORE_free(store);
        }
        if (refused.isEmpty()) {
            const QByteArray payload
                = slice(xml, "saml:Assertion", "saml:Assertion") + slice(xml, "soap:Body", "soap:Body");
            EVP_PKEY* key = X509_get_pubkey(cert);
            EVP_MD_CTX* md = EVP_MD_CTX_new();
            const bool ok = key && EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, key) == 1
                && EVP_DigestVerify(md, reinterpret_cast<const unsigned char*>(p.signature.constData()),
                                    static_cast<size_t>(p.signature.size()),
                                    reinterpret_cast<const unsigned char*>(payload.constData()),
                                    static_cast<size_t>(payload.size()))
                    == 1;
            EVP_MD_CTX_free(md);
            EVP_PKEY_free(key);
            if (!ok) {
                refused = QStringLiteral("Signature de l'assertion invalide");
            }
        }
        X509_free(cert);
        return refused;
    }

    static bool givenMatches(const Person& p, const QString& typed)
    {
        const QString t = fold(typed);
        const QStringList names = fold(p.givenNames).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return t == fold(p.givenNames) || (!names.isEmpty() && names.first() == t);
    }

    QByteArray searchTraits(const QMap<QString, QString>& f)
    {
        std::vector<const Person*> found;
        for (const Person& p : persons) {
            if (fold(p.birthName) == fold(f.value(QStringLiteral("NomNaissance")))
                && givenMatches(p, f.value(QStringLiteral("Prenom")))
                && p.sex == f.value(QStringLiteral("Sexe"))
                && p.birthDate == f.value(QStringLiteral("DateNaissance"))
                && (!f.contains(QStringLiteral("LieuNaissance"))
                    || p.birthPlace == f.value(QStringLiteral("LieuNaissance")))) {
                found.push_back(&p);
            }
        }
        return answerFor(found);
    }

    QByteArray searchVitale(const QMap<QString, QString>& f)
    {
        std::vector<const Person*> found;
        for (const Person& p : persons) {
            if (!p.vitaleHolder.isEmpty() && p.vitaleHolder == f.value(QStringLiteral("NirOuvrantDroit"))
                && p.vitaleBirthDate == f.value(QStringLiteral("DateNaissance"))
                && QString::number(p.vitaleRank) == f.value(QStringLiteral("RangNaissance"))) {
                found.push_back(&p);
            }
        }
        return answerFor(found);
    }

    QByteArray verify(const QMap<QString, QString>& f)
    {
        const QString matricule = f.value(QStringLiteral("NumIdentifiant")) + f.value(QStringLiteral("Cle"));
        for (const Person& p : persons) {
            if (p.matricule == matricule && p.oid == f.value(QStringLiteral("OID"))
                && fold(p.birthName) == fold(f.value(QStringLiteral("NomNaissance")))
                && fold(p.givenNames) == fold(f.value(QStringLiteral("ListePrenom")))
                && p.sex == f.value(QStringLiteral("Sexe"))
                && p.birthDate == f.value(QStringLiteral("DateNaissance"))
                && p.birthPlace == f.value(QStringLiteral("LieuNaissance"))) {
                std::fprintf(stderr, "insi-simulator: verify 00\n");
                return result("00", "OK");
            }
        }
        std::fprintf(stderr, "insi-simulator: verify 01\n");
        return result("01", "KO");
    }

    static QByteArray answerFor(const std::vector<const Person*>& found)
    {
        std::fprintf(stderr, "insi-simulator: search %d found\n", static_cast<int>(found.size()));
        if (found.empty()) {
            return result("01", "Aucune identite trouvee");
        }
        if (found.size() > 1) {
            return result("02", "Plusieurs identites trouvees");
        }
        return result("00", "OK", individu(*found.front()));
    }
};

std::vector<Person> loadPersons(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + path;
        return {};
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isArray()) {
        *error = QStringLiteral("persons file is not a JSON array: ") + pe.errorString();
        return {};
    }
    std::vector<Person> out;
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        Person p;
        p.matricule = o.value(QStringLiteral("matricule")).toString();
        p.oid = o.value(QStringLiteral("oid")).toString();
        p.birthName = o.value(QStringLiteral("birthName")).toString();
        p.givenNames = o.value(QStringLiteral("givenNames")).toString();
        p.sex = o.value(QStringLiteral("sex")).toString();
        p.birthDate = o.value(QStringLiteral("birthDate")).toString();
        p.birthPlace = o.value(QStringLiteral("birthPlace")).toString();
        const QJsonObject vitale = o.value(QStringLiteral("vitale")).toObject();
        p.vitaleHolder = vitale.value(QStringLiteral("holderNir")).toString();
        p.vitaleBirthDate = vitale.value(QStringLiteral("birthDate")).toString();
        p.vitaleRank = vitale.value(QStringLiteral("rank")).toInt(1);
        for (const QJsonValue& h : o.value(QStringLiteral("history")).toArray()) {
            p.history << h.toString();
        }
        out.push_back(p);
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption persons(QStringLiteral("persons"), QStringLiteral("JSON file of persons"),
                                     QStringLiteral("file"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("port (0: any)"),
                                  QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption trust(QStringLiteral("trust"), QStringLiteral("PEM of trusted card authorities"),
                                   QStringLiteral("file"));
    const QCommandLineOption down(QStringLiteral("down"), QStringLiteral("answer 503 to everything"));
    parser.addOptions({persons, port, trust, down});
    parser.process(app);

    Simulator sim;
    sim.down = parser.isSet(down);
    if (parser.isSet(persons)) {
        QString error;
        sim.persons = loadPersons(parser.value(persons), &error);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "insi-simulator: %s\n", qPrintable(error));
            return 2;
        }
    }
    if (parser.isSet(trust)) {
        QFile f(parser.value(trust));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "insi-simulator: cannot read the trust file\n");
            return 2;
        }
        sim.trustPem << f.readAll();
    }
    QHttpServer server;
    server.route(QStringLiteral("/insi"), QHttpServerRequest::Method::Post,
                 [&sim](const QHttpServerRequest& request) { return sim.handle(request); });
    const quint16 listening = server.listen(QHostAddress::LocalHost, parser.value(port).toUShort());
    if (listening == 0) {
        std::fprintf(stderr, "insi-simulator: cannot listen\n");
        return 1;
    }
    std::printf("listening %u\n", listening);
    std::fflush(stdout);
    return app.exec();
}
