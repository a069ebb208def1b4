#include "insi.h"

#include "identity/identityvigilance.h"
#include "identity/nir.h"

#include <QUuid>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Officine::Insi {

namespace {

const QString kSoap = QStringLiteral("http://www.w3.org/2003/05/soap-envelope");
const QString kWsa = QStringLiteral("http://www.w3.org/2005/08/addressing");
const QString kWsse
    = QStringLiteral("http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd");
const QString kSaml = QStringLiteral("urn:oasis:names:tc:SAML:2.0:assertion");
const QString kDs = QStringLiteral("http://www.w3.org/2000/09/xmldsig#");
const QString kCtxLps = QStringLiteral("urn:siram:lps:ctxlps");
const QString kCtxBam = QStringLiteral("urn:siram:bam:ctxbam");
const QString kRecSans = QStringLiteral("http://www.cnamts.fr/INSiRecSans");
const QString kRecVit = QStringLiteral("http://www.cnamts.fr/INSiRecVit");
const QString kVerif = QStringLiteral("http://www.cnamts.fr/INSiVerif");
const QString kResultat = QStringLiteral("http://www.cnamts.fr/INSiResultat");

QString actionFor(Operation op)
{
    switch (op) {
    case Operation::Traits:
        return QStringLiteral("urn:ServiceIdentiteCertifiee:1.0.0:rechercherInsAvecTraitsIdentite");
    case Operation::Vitale:
        return QStringLiteral("urn:ServiceIdentiteCertifiee:1.0.0:rechercherInsAvecCarteVitale");
    case Operation::Verify:
        return QStringLiteral("urn:ServiceIdentiteCertifiee:1.0.0:verifierInsAvecTraitsIdentite");
    }
    return {};
}

QString utc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

/// INSi takes names in capitals without accents (the national bases' form).
QString wireName(const QString& name)
{
    QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        if (c == QChar(0x0153) || c == QChar(0x0152)) {
            out += QStringLiteral("OE");
        } else if (c == QChar(0x00E6) || c == QChar(0x00C6)) {
            out += QStringLiteral("AE");
        } else {
            out += c.toUpper();
        }
    }
    return out.simplified();
}

void writeTraits(QXmlStreamWriter& w, const Model::IdentityTraits& t, bool listOfGivenNames)
{
    w.writeTextElement(QStringLiteral("NomNaissance"), wireName(t.birthFamilyName));
    w.writeTextElement(QStringLiteral("Prenom"), wireName(t.firstGivenName));
    if (listOfGivenNames && !t.givenNames.isEmpty()) {
        w.writeTextElement(QStringLiteral("ListePrenom"), wireName(t.givenNames));
    }
    w.writeTextElement(QStringLiteral("Sexe"), Model::sexCode(t.sex));
    w.writeTextElement(QStringLiteral("DateNaissance"), t.birthDate.toIso());
    if (!t.birthPlaceCode.isEmpty()) {
        w.writeTextElement(QStringLiteral("LieuNaissance"), t.birthPlaceCode.toUpper());
    }
}

QByteArray bodyFor(const Request& r)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("soap:Body"));
    w.writeNamespace(kSoap, QStringLiteral("soap"));
    w.writeAttribute(QStringLiteral("Id"), QStringLiteral("body"));
    switch (r.operation) {
    case Operation::Traits:
        w.writeStartElement(QStringLiteral("RECSANSVITALE"));
        w.writeDefaultNamespace(kRecSans);
        writeTraits(w, r.traits, false);
        w.writeEndElement();
        break;
    case Operation::Vitale:
        w.writeStartElement(QStringLiteral("RECVITALE"));
        w.writeDefaultNamespace(kRecVit);
        w.writeTextElement(QStringLiteral("NirOuvrantDroit"), r.vitale.holderNir);
        w.writeTextElement(QStringLiteral("DateNaissance"), r.vitale.birthDate);
        w.writeTextElement(QStringLiteral("RangNaissance"), QString::number(r.vitale.birthRank));
        w.writeEndElement();
        break;
    case Operation::Verify:
        w.writeStartElement(QStringLiteral("VERIFINS"));
        w.writeDefaultNamespace(kVerif);
        w.writeStartElement(QStringLiteral("IndividuVerifie"));
        w.writeStartElement(QStringLiteral("INSFourni"));
        w.writeStartElement(QStringLiteral("IdIndividu"));
        w.writeTextElement(QStringLiteral("NumIdentifiant"), r.matricule.left(13));
        w.writeTextElement(QStringLiteral("Cle"), r.matricule.mid(13, 2));
        w.writeEndElement();
        w.writeTextElement(QStringLiteral("OID"), r.oid);
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("TraitsIdentiteIndividu"));
        writeTraits(w, r.traits, true);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        break;
    }
    w.writeEndElement();
    return out;
}

QByteArray assertionFor(const Caller& c, const QDateTime& now, const QString& id)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("saml:Assertion"));
    w.writeNamespace(kSaml, QStringLiteral("saml"));
    w.writeAttribute(QStringLiteral("ID"), id);
    w.writeAttribute(QStringLiteral("IssueInstant"), utc(now));
    w.writeAttribute(QStringLiteral("Version"), QStringLiteral("2.0"));
    w.writeTextElement(QStringLiteral("saml:Issuer"), c.idNatPs);
    w.writeStartElement(QStringLiteral("saml:Subject"));
    w.writeTextElement(QStringLiteral("saml:NameID"), c.idNatPs);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("saml:Conditions"));
    w.writeAttribute(QStringLiteral("NotBefore"), utc(now.addSecs(-60)));
    w.writeAttribute(QStringLiteral("NotOnOrAfter"), utc(now.addSecs(300)));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("saml:AttributeStatement"));
    auto attribute = [&](const QString& name, const QString& value) {
        w.writeStartElement(QStringLiteral("saml:Attribute"));
        w.writeAttribute(QStringLiteral("Name"), name);
        w.writeTextElement(QStringLiteral("saml:AttributeValue"), value);
        w.writeEndElement();
    };
    attribute(QStringLiteral("Identifiant_Structure"), c.structureFiness);
    attribute(QStringLiteral("Secteur_Activite"), QStringLiteral("SA07^1.2.250.1.71.4.2.4")); // officine
    attribute(QStringLiteral("Nom_Prenom"), c.displayName);
    w.writeEndElement();
    w.writeEndElement();
    return out;
}

bool isDigits(const QString& s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

} // namespace

QString operationId(Operation op)
{
    switch (op) {
    case Operation::Traits:
        return QStringLiteral("traits");
    case Operation::Vitale:
        return QStringLiteral("vitale");
    case Operation::Verify:
        return QStringLiteral("verify");
    }
    return {};
}

Operation operationFromId(const QString& id)
{
    if (id == QLatin1StringView("vitale")) {
        return Operation::Vitale;
    }
    if (id == QLatin1StringView("verify")) {
        return Operation::Verify;
    }
    return Operation::Traits;
}

QString operationLabel(Operation op)
{
    switch (op) {
    case Operation::Traits:
        return QCoreApplication::translate("Insi", "Recherche de l'INS par les traits");
    case Operation::Vitale:
        return QCoreApplication::translate("Insi", "Recherche de l'INS par la carte Vitale");
    case Operation::Verify:
        return QCoreApplication::translate("Insi", "Vérification de l'INS");
    }
    return {};
}

QString outcomeId(Outcome o)
{
    switch (o) {
    case Outcome::Found:
        return QStringLiteral("found");
    case Outcome::NotFound:
        return QStringLiteral("not_found");
    case Outcome::Several:
        return QStringLiteral("several");
    case Outcome::Verified:
        return QStringLiteral("verified");
    case Outcome::NotVerified:
        return QStringLiteral("not_verified");
    }
    return {};
}

QString outcomeText(Outcome o)
{
    switch (o) {
    case Outcome::Found:
        return QCoreApplication::translate(
            "Insi",
            "Une identité trouvée. Comparez ses traits à ceux du patient et de sa pièce d'identité "
            "avant de l'adopter.");
    case Outcome::NotFound:
        return QCoreApplication::translate(
            "Insi",
            "Aucune identité trouvée. Vérifiez les traits saisis avec la pièce d'identité (nom de "
            "naissance, premier prénom, date de naissance) et interrogez à nouveau ; l'identité "
            "reste provisoire.");
    case Outcome::Several:
        return QCoreApplication::translate(
            "Insi",
            "Plusieurs identités correspondent. Ajoutez les autres prénoms de la pièce d'identité "
            "ou le lieu de naissance, puis interrogez à nouveau.");
    case Outcome::Verified:
        return QCoreApplication::translate("Insi",
                                           "L'INS et les traits du dossier sont confirmés par le "
                                           "téléservice.");
    case Outcome::NotVerified:
        return QCoreApplication::translate(
            "Insi",
            "Le téléservice ne confirme pas cet INS avec ces traits : l'INS ne doit plus être utilisé "
            "tant que l'identité n'est pas récupérée à nouveau.");
    }
    return {};
}

Request Request::fromPatient(Operation op, const Model::Patient& p)
{
    Request r;
    r.operation = op;
    r.traits = p.traits();
    if (op == Operation::Verify) {
        r.matricule = p.nir;
        r.oid = p.insOid;
    }
    return r;
}

Result<void> Request::check() const
{
    auto missing = [](const QString& what) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Insi",
                                                "Le téléservice INSi a besoin de %1 : complétez le "
                                                "dossier avant de l'interroger.")
                        .arg(what),
                    QStringLiteral("insi request: missing trait"));
    };
    if (operation == Operation::Vitale) {
        if (vitale.holderNir.size() != 13) {
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("Insi",
                                                    "La carte Vitale n'a pas pu être lue (numéro de "
                                                    "l'ouvrant droit absent)."),
                        QStringLiteral("insi request: vitale holder nir"));
        }
        if (vitale.birthDate.size() != 8 || !isDigits(vitale.birthDate)) {
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("Insi",
                                                    "La carte Vitale n'a pas pu être lue (date de "
                                                    "naissance du bénéficiaire absente)."),
                        QStringLiteral("insi request: vitale birth date"));
        }
        return {};
    }
    if (traits.birthFamilyName.trimmed().isEmpty()) {
        return missing(QCoreApplication::translate("Insi", "du nom de naissance"));
    }
    if (traits.firstGivenName.trimmed().isEmpty()) {
        return missing(QCoreApplication::translate("Insi", "du premier prénom de naissance"));
    }
    if (traits.sex == Model::Sex::Unknown) {
        return missing(QCoreApplication::translate("Insi", "du sexe"));
    }
    if (!traits.birthDate.isComplete()) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "Insi",
                        "Le téléservice INSi ne cherche qu'avec une date de naissance complète ; "
                        "pour une date incomplète, utilisez la carte Vitale."),
                    QStringLiteral("insi request: partial birth date"));
    }
    if (operation == Operation::Verify) {
        if (matricule.size() != 15 || oid.isEmpty()) {
            return missing(QCoreApplication::translate("Insi", "de l'INS (matricule et OID)"));
        }
        if (traits.givenNames.trimmed().isEmpty() || traits.birthPlaceCode.isEmpty()) {
            return missing(
                QCoreApplication::translate("Insi", "de la liste des prénoms et du lieu de naissance"));
        }
    }
    return {};
}

Envelope::Parts Envelope::prepare(const Request& request, const Caller& caller, const Software& software,
                                  const QDateTime& now, const QString& messageId)
{
    Parts p;
    p.messageId = messageId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : messageId;
    p.action = actionFor(request.operation);
    p.assertion = assertionFor(caller, now, QStringLiteral("_") + p.messageId);
    p.body = bodyFor(request);
    // The header contexts are not signed; keep them beside the parts.
    QByteArray header;
    QXmlStreamWriter w(&header);
    w.writeStartElement(QStringLiteral("ctxlps:ContexteLPS"));
    w.writeNamespace(kCtxLps, QStringLiteral("ctxlps"));
    w.writeAttribute(QStringLiteral("Nature"), QStringLiteral("CTXLPS"));
    w.writeAttribute(QStringLiteral("Version"), QStringLiteral("01_00"));
    w.writeTextElement(QStringLiteral("ctxlps:Id"), p.messageId);
    w.writeTextElement(QStringLiteral("ctxlps:Temps"), utc(now));
    w.writeTextElement(QStringLiteral("ctxlps:Emetteur"), caller.structureFiness);
    w.writeStartElement(QStringLiteral("ctxlps:LPS"));
    w.writeTextElement(QStringLiteral("ctxlps:Version"), software.version);
    w.writeTextElement(QStringLiteral("ctxlps:Instance"), software.instance);
    w.writeTextElement(QStringLiteral("ctxlps:Nom"),
                       QStringLiteral("urn:lps:%1:%2").arg(software.name, software.version));
    w.writeEndElement();
    w.writeEndElement();
    if (request.operation == Operation::Vitale) {
        w.writeStartElement(QStringLiteral("ctxbam:ContexteBAM"));
        w.writeNamespace(kCtxBam, QStringLiteral("ctxbam"));
        w.writeAttribute(QStringLiteral("Version"), QStringLiteral("01_02"));
        w.writeTextElement(QStringLiteral("ctxbam:Id"), p.messageId);
        w.writeTextElement(QStringLiteral("ctxbam:Temps"), utc(now));
        w.writeTextElement(QStringLiteral("ctxbam:Emetteur"), caller.structureFiness);
        w.writeEndElement();
    }
    p.contexts = header;
    return p;
}

QByteArray Envelope::assemble(const Parts& parts, const QByteArray& certificateDer,
                              const QByteArray& signature)
{
    QByteArray signatureXml;
    QXmlStreamWriter w(&signatureXml);
    w.writeStartElement(QStringLiteral("ds:Signature"));
    w.writeNamespace(kDs, QStringLiteral("ds"));
    w.writeStartElement(QStringLiteral("ds:SignedInfo"));
    w.writeEmptyElement(QStringLiteral("ds:SignatureMethod"));
    w.writeAttribute(QStringLiteral("Algorithm"),
                     QStringLiteral("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"));
    w.writeStartElement(QStringLiteral("ds:Reference"));
    w.writeAttribute(QStringLiteral("URI"), QStringLiteral("#_") + parts.messageId);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("ds:Reference"));
    w.writeAttribute(QStringLiteral("URI"), QStringLiteral("#body"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeTextElement(QStringLiteral("ds:SignatureValue"), QString::fromLatin1(signature.toBase64()));
    w.writeStartElement(QStringLiteral("ds:KeyInfo"));
    w.writeStartElement(QStringLiteral("ds:X509Data"));
    w.writeTextElement(QStringLiteral("ds:X509Certificate"), QString::fromLatin1(certificateDer.toBase64()));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    const QByteArray security = "<wsse:Security xmlns:wsse=\"" + kWsse.toUtf8() + "\">" + parts.assertion
        + signatureXml + "</wsse:Security>";

    QByteArray out("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out += "<soap:Envelope xmlns:soap=\"" + kSoap.toUtf8() + "\" xmlns:wsa=\"" + kWsa.toUtf8() + "\">";
    out += "<soap:Header>";
    out += parts.contexts;
    out += "<wsa:Action>" + parts.action.toUtf8() + "</wsa:Action>";
    out += "<wsa:MessageID>uuid:" + parts.messageId.toUtf8() + "</wsa:MessageID>";
    out += security;
    out += "</soap:Header>";
    out += parts.body;
    out += "</soap:Envelope>";
    return out;
}

namespace {

/// The text of every element of the answer, by its path from RESULTAT (INDIVIDU/TIQ/Sexe),
/// repeated INSHISTO entries numbered.
struct AnswerReader
{
    QString faultCode;
    QString faultReason;
    bool sawResultat = false;
    QString code, label;
    bool sawIndividu = false;
    QString num, cle, oid;
    Model::IdentityTraits traits;
    QStringList previous;
};

} // namespace

Result<Answer> Envelope::parseResponse(const QByteArray& xml, Operation op)
{
    auto protocol = [](const QString& log) {
        return fail(ErrorCode::TeleserviceProtocol,
                    tr("La réponse du téléservice INSi est illisible : l'identité reste provisoire. "
                       "Réessayez ; si cela se reproduit, signalez-le à votre support."),
                    QStringLiteral("insi answer: ") + log);
    };
    QXmlStreamReader r(xml);
    AnswerReader a;
    QStringList path;
    QString histoNum, histoCle;
    bool inFault = false;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = r.name().toString();
            path << name;
            if (name == QLatin1StringView("Fault") && r.namespaceUri() == kSoap) {
                inFault = true;
            } else if (name == QLatin1StringView("RESULTAT") && r.namespaceUri() == kResultat) {
                a.sawResultat = true;
            } else if (name == QLatin1StringView("INDIVIDU")) {
                a.sawIndividu = true;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (path.size() >= 2 && path.last() == QLatin1StringView("IdIndividu")
                && path.at(path.size() - 2) == QLatin1StringView("INSHISTO")) {
                a.previous << histoNum + histoCle;
                histoNum.clear();
                histoCle.clear();
            }
            if (!path.isEmpty()) {
                path.removeLast();
            }
        } else if (token == QXmlStreamReader::Characters && !r.isWhitespace() && !path.isEmpty()) {
            const QString text = r.text().toString().trimmed();
            const QString& leaf = path.last();
            const QString parent = path.size() >= 2 ? path.at(path.size() - 2) : QString();
            const QString grand = path.size() >= 3 ? path.at(path.size() - 3) : QString();
            if (inFault) {
                if (parent == QLatin1StringView("Code") || parent == QLatin1StringView("Subcode")) {
                    a.faultCode += (a.faultCode.isEmpty() ? QString() : QStringLiteral(" ")) + text;
                } else if (leaf == QLatin1StringView("Text")) {
                    a.faultReason = text;
                }
                continue;
            }
            if (parent == QLatin1StringView("CR")) {
                if (leaf == QLatin1StringView("CodeCR")) {
                    a.code = text;
                } else if (leaf == QLatin1StringView("LibelleCR")) {
                    a.label = text;
                }
            } else if (parent == QLatin1StringView("IdIndividu") && grand == QLatin1StringView("INSACTIF")) {
                (leaf == QLatin1StringView("NumIdentifiant") ? a.num : a.cle) = text;
            } else if (parent == QLatin1StringView("IdIndividu") && grand == QLatin1StringView("INSHISTO")) {
                (leaf == QLatin1StringView("NumIdentifiant") ? histoNum : histoCle) = text;
            } else if (parent == QLatin1StringView("INSACTIF") && leaf == QLatin1StringView("OID")) {
                a.oid = text;
            } else if (parent == QLatin1StringView("TIQ")) {
                if (leaf == QLatin1StringView("NomNaissance")) {
                    a.traits.birthFamilyName = text;
                } else if (leaf == QLatin1StringView("ListePrenom")) {
                    a.traits.givenNames = text.simplified();
                } else if (leaf == QLatin1StringView("Sexe")) {
                    a.traits.sex = Model::sexFromCode(text);
                } else if (leaf == QLatin1StringView("DateNaissance")) {
                    a.traits.birthDate = Model::BirthDate::fromIso(QStringView(text));
                } else if (leaf == QLatin1StringView("LieuNaissance")) {
                    a.traits.birthPlaceCode = text.toUpper();
                }
            }
        }
    }
    if (r.hasError()) {
        return protocol(QStringLiteral("xml: ") + r.errorString());
    }
    if (inFault || !a.faultCode.isEmpty()) {
        const bool authentication = a.faultCode.contains(QLatin1StringView("FailedAuthentication"))
            || a.faultCode.contains(QLatin1StringView("InvalidSecurity"));
        if (authentication) {
            return fail(
                ErrorCode::TeleserviceRefused,
                tr("Le téléservice INSi a refusé l'authentification par votre carte (%1). Vérifiez que "
                   "votre carte CPS est valide ; l'identité reste provisoire.")
                    .arg(a.faultReason.isEmpty() ? a.faultCode : a.faultReason),
                QStringLiteral("insi fault: ") + a.faultCode);
        }
        if (a.faultCode.contains(QLatin1StringView("Receiver"))) {
            return fail(
                ErrorCode::TeleserviceUnavailable,
                tr("Le téléservice INSi est indisponible (%1) : l'identité reste provisoire et rien de "
                   "ce qui a été saisi n'est perdu. Réessayez plus tard.")
                    .arg(a.faultReason),
                QStringLiteral("insi fault: ") + a.faultCode);
        }
        return fail(ErrorCode::TeleserviceProtocol,
                    tr("Le téléservice INSi a refusé la demande (%1) ; l'identité reste provisoire.")
                        .arg(a.faultReason.isEmpty() ? a.faultCode : a.faultReason),
                    QStringLiteral("insi fault: ") + a.faultCode);
    }
    if (!a.sawResultat) {
        return protocol(QStringLiteral("no RESULTAT"));
    }
    Answer answer;
    answer.code = a.code;
    answer.label = a.label;
    const bool verify = op == Operation::Verify;
    if (a.code == QLatin1StringView("00")) {
        answer.outcome = verify ? Outcome::Verified : Outcome::Found;
    } else if (a.code == QLatin1StringView("01")) {
        answer.outcome = verify ? Outcome::NotVerified : Outcome::NotFound;
        return answer;
    } else if (a.code == QLatin1StringView("02") && !verify) {
        answer.outcome = Outcome::Several;
        return answer;
    } else {
        return protocol(QStringLiteral("unknown CodeCR ") + a.code.left(8));
    }
    if (!a.sawIndividu) {
        if (verify) {
            return answer; // a verification may answer CR 00 alone
        }
        return protocol(QStringLiteral("CR 00 without INDIVIDU"));
    }
    Identity id;
    id.matricule = a.num + a.cle;
    id.oid = a.oid;
    id.traits = a.traits;
    id.traits.firstGivenName = a.traits.givenNames.section(QLatin1Char(' '), 0, 0);
    id.previousMatricules = a.previous;
    if (id.matricule.size() != 15 || !Officine::Identity::Nir::validate(id.matricule)) {
        return protocol(QStringLiteral("matricule malformed"));
    }
    if (!Officine::Identity::Vigilance::isKnownOid(id.oid)) {
        return protocol(QStringLiteral("unknown OID"));
    }
    if (id.traits.birthFamilyName.isEmpty() || id.traits.givenNames.isEmpty()
        || !id.traits.birthDate.isValid()) {
        return protocol(QStringLiteral("TIQ incomplete"));
    }
    answer.identity = std::move(id);
    return answer;
}

} // namespace Officine::Insi
