#include "nationalids.h"

#include <QRegularExpression>

namespace Officine::Identity {

bool luhnValid(const QString& digits)
{
    if (digits.isEmpty()) {
        return false;
    }
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits.at(i);
        if (!c.isDigit()) {
            return false;
        }
        int d = c.digitValue();
        if (doubleIt) {
            d *= 2;
            if (d > 9) {
                d -= 9;
            }
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

Result<QString> NationalIds::validateRpps(const QString& input)
{
    QString rpps = input;
    rpps.remove(u' ');
    static const QRegularExpression shape(QStringLiteral(R"(^\d{11}$)"));
    if (!shape.match(rpps).hasMatch()) {
        return fail(ErrorCode::InvalidInput, tr("Le numéro RPPS comporte 11 chiffres."),
                    QStringLiteral("RPPS shape"));
    }
    if (!luhnValid(rpps)) {
        return fail(ErrorCode::InvalidInput,
                    tr("Le numéro RPPS est invalide (chiffre de contrôle incorrect) : vérifiez la saisie."),
                    QStringLiteral("RPPS Luhn"));
    }
    return rpps;
}

Result<QString> NationalIds::validateAdeli(const QString& input)
{
    QString adeli = input;
    adeli.remove(u' ');
    static const QRegularExpression shape(QStringLiteral(R"(^\d{9}$)"));
    if (!shape.match(adeli).hasMatch()) {
        return fail(ErrorCode::InvalidInput, tr("Le numéro ADELI comporte 9 chiffres."),
                    QStringLiteral("ADELI shape"));
    }
    if (!luhnValid(adeli)) {
        return fail(ErrorCode::InvalidInput,
                    tr("Le numéro ADELI est invalide (chiffre de contrôle incorrect) : vérifiez la saisie."),
                    QStringLiteral("ADELI Luhn"));
    }
    return adeli;
}

Result<NationalIds::Prescriber> NationalIds::validatePrescriber(const QString& input)
{
    QString number = input;
    number.remove(u' ');
    if (number.size() == 11) {
        auto rpps = validateRpps(number);
        if (!rpps) {
            return fail(rpps.error());
        }
        return Prescriber {Prescriber::Kind::Rpps, *rpps};
    }
    if (number.size() == 9) {
        auto adeli = validateAdeli(number);
        if (!adeli) {
            return fail(adeli.error());
        }
        return Prescriber {Prescriber::Kind::Adeli, *adeli};
    }
    return fail(ErrorCode::InvalidInput,
                tr("Le numéro du prescripteur est un RPPS (11 chiffres) ou un ADELI (9 chiffres)."),
                QStringLiteral("prescriber id shape"));
}

Result<QString> NationalIds::validateFiness(const QString& input)
{
    QString finess = input.toUpper();
    finess.remove(u' ');
    static const QRegularExpression shape(QStringLiteral(R"(^(?:\d{2}|2A|2B)\d{7}$)"));
    if (!shape.match(finess).hasMatch()) {
        return fail(ErrorCode::InvalidInput,
                    tr("Le numéro FINESS comporte 9 caractères (le département peut être 2A ou 2B)."),
                    QStringLiteral("FINESS shape"));
    }
    QString digits = finess;
    if (digits.startsWith(QLatin1StringView("2A"))) {
        digits.replace(0, 2, QStringLiteral("21"));
    } else if (digits.startsWith(QLatin1StringView("2B"))) {
        digits.replace(0, 2, QStringLiteral("22"));
    }
    if (!luhnValid(digits)) {
        return fail(ErrorCode::InvalidInput,
                    tr("Le numéro FINESS est invalide (chiffre de contrôle incorrect) : vérifiez la saisie."),
                    QStringLiteral("FINESS Luhn"));
    }
    return finess;
}

IdNatPs IdNatPs::parse(const QString& cn)
{
    IdNatPs id;
    id.value = cn.trimmed();
    if (id.value.size() < 2) {
        return id;
    }
    switch (id.value.at(0).unicode()) {
    case u'0':
        id.type = Type::Adeli;
        break;
    case u'1':
        id.type = Type::CabinetAdeli;
        break;
    case u'3':
        id.type = Type::Finess;
        break;
    case u'4':
        id.type = Type::Siren;
        break;
    case u'5':
        id.type = Type::Siret;
        break;
    case u'6':
        id.type = Type::CabinetRpps;
        break;
    case u'8':
        id.type = Type::Rpps;
        break;
    default:
        id.type = Type::Unknown;
    }
    return id;
}

} // namespace Officine::Identity
