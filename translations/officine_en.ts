<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AccessReport</name>
    <message>
        <source>Copie des données détenues sur %1</source>
        <translation>Copy of the data held on %1</translation>
    </message>
    <message>
        <source>Établie le %1 par %2 (%3), à la demande du patient (droit d&apos;accès, article 15 du RGPD). Document confidentiel&#xa0;: il contient des données de santé.</source>
        <translation>Prepared on %1 by %2 (%3), at the patient&apos;s request (right of access, GDPR article 15). Confidential document: it contains health data.</translation>
    </message>
    <message>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Nom de naissance</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <source>Prénoms de naissance</source>
        <translation>Birth given names</translation>
    </message>
    <message>
        <source>Premier prénom</source>
        <translation>First given name</translation>
    </message>
    <message>
        <source>Nom d&apos;usage</source>
        <translation>Used name</translation>
    </message>
    <message>
        <source>Prénom utilisé</source>
        <translation>Used first name</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Lieu de naissance (code INSEE)</source>
        <translation>Place of birth (INSEE code)</translation>
    </message>
    <message>
        <source>Matricule INS</source>
        <translation>INS number</translation>
    </message>
    <message>
        <source>Statut de l&apos;identité</source>
        <translation>Identity status</translation>
    </message>
    <message>
        <source>Pièce d&apos;identité contrôlée</source>
        <translation>Identity document checked</translation>
    </message>
    <message>
        <source>%1, par %2 le %3</source>
        <translation>%1, by %2 on %3</translation>
    </message>
    <message>
        <source>Téléservice INSi</source>
        <translation>INSi teleservice</translation>
    </message>
    <message>
        <source>Attributs d&apos;identité</source>
        <translation>Identity attributes</translation>
    </message>
    <message>
        <source>Coordonnées</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Données cliniques</source>
        <translation>Clinical data</translation>
    </message>
    <message>
        <source>Intolérance&#xa0;: %1</source>
        <translation>Intolerance: %1</translation>
    </message>
    <message>
        <source>Allergie&#xa0;: %1</source>
        <translation>Allergy: %1</translation>
    </message>
    <message>
        <source>Allergies et intolérances</source>
        <translation>Allergies and intolerances</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Médecin traitant</source>
        <translation>Attending physician</translation>
    </message>
    <message>
        <source>(RPPS %1)</source>
        <translation>(RPPS %1)</translation>
    </message>
    <message>
        <source>Établissement</source>
        <translation>Care facility</translation>
    </message>
    <message>
        <source>FINESS %1</source>
        <translation>FINESS %1</translation>
    </message>
    <message>
        <source>chambre %1</source>
        <translation>room %1</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>une photo est conservée dans le dossier</source>
        <translation>a photo is kept in the file</translation>
    </message>
    <message>
        <source>Droits exercés</source>
        <translation>Rights exercised</translation>
    </message>
    <message>
        <source>Limitation</source>
        <translation>Restriction</translation>
    </message>
    <message>
        <source>en cours depuis le %1</source>
        <translation>in force since %1</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Opposition au partage</source>
        <translation>Objection to sharing</translation>
    </message>
    <message>
        <source>depuis le %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>Consentement au partage</source>
        <translation>Consent to sharing</translation>
    </message>
    <message>
        <source>retiré le %1</source>
        <translation>withdrawn on %1</translation>
    </message>
    <message>
        <source>donné</source>
        <translation>given</translation>
    </message>
    <message>
        <source>Directives post-mortem</source>
        <translation>Post-mortem directives</translation>
    </message>
    <message>
        <source>refusée</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>faite</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Demande</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Historique des modifications</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Champs</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Historique des accès au dossier</source>
        <translation>Access history of the file</translation>
    </message>
    <message>
        <source>Membre de l&apos;équipe</source>
        <translation>Team member</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>ActivateCatalogVersionCommand</name>
    <message>
        <source>Aucune version du catalogue à mettre en service.</source>
        <translation>No catalogue version to put in service.</translation>
    </message>
</context>
<context>
    <name>ApduCardAuthenticator</name>
    <message>
        <source>Le code porteur comporte 4 chiffres.</source>
        <translation>The PIN has 4 digits.</translation>
    </message>
    <message>
        <source>Cette carte n&apos;a pas été émise par l&apos;Agence du numérique en santé&#xa0;: ce n&apos;est pas une carte CPS ou CPE.</source>
        <translation>This card was not issued by the Agence du numérique en santé: it is not a CPS or CPE card.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Connexion</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Déconnexion</source>
        <translation>Sign-out</translation>
    </message>
    <message>
        <source>Verrouillage</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Déverrouillage</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Échec de connexion</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Création</source>
        <translation>Creation</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Suppression</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Accès accordé</source>
        <translation>Access granted</translation>
    </message>
    <message>
        <source>Accès révoqué</source>
        <translation>Access revoked</translation>
    </message>
    <message>
        <source>Archivage</source>
        <translation>Archiving</translation>
    </message>
    <message>
        <source>Consultation d&apos;archive</source>
        <translation>Archive access</translation>
    </message>
    <message>
        <source>Sortie d&apos;archive</source>
        <translation>Taken out of the archive</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purge</translation>
    </message>
    <message>
        <source>Anonymisation</source>
        <translation>Anonymisation</translation>
    </message>
    <message>
        <source>Modification des paramètres</source>
        <translation>Settings change</translation>
    </message>
    <message>
        <source>Opération sur la clé</source>
        <translation>Key operation</translation>
    </message>
    <message>
        <source>Sauvegarde</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Restauration</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Point de contrôle signé</source>
        <translation>Signed checkpoint</translation>
    </message>
    <message>
        <source>Vérification du journal</source>
        <translation>Trail verification</translation>
    </message>
</context>
<context>
    <name>AuditCheckpointer</name>
    <message>
        <source>Seule la carte CPS d&apos;un pharmacien peut signer le journal de traçabilité.</source>
        <translation>Only a pharmacist&apos;s CPS card can sign the audit trail.</translation>
    </message>
    <message>
        <source>Le journal de traçabilité est vide&#xa0;: rien à signer.</source>
        <translation>The audit trail is empty: nothing to sign.</translation>
    </message>
    <message>
        <source>La carte insérée n&apos;est pas celle du pharmacien connecté&#xa0;: le journal n&apos;est pas signé.</source>
        <translation>The card inserted is not the signed-in pharmacist&apos;s: the trail is not signed.</translation>
    </message>
    <message>
        <source>La signature de la carte ne correspond pas au journal&#xa0;: le point de contrôle est refusé.</source>
        <translation>The card&apos;s signature does not match the trail: the checkpoint is refused.</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>Écriture de l&apos;export impossible&#xa0;: %1</source>
        <translation>Cannot write the export: %1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Votre rôle ne permet pas de consulter la traçabilité.</source>
        <translation>Your role does not allow viewing the audit trail.</translation>
    </message>
    <message>
        <source>nom</source>
        <translation>name</translation>
    </message>
    <message>
        <source>prénom</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>rôle</source>
        <translation>role</translation>
    </message>
    <message>
        <source>RPPS</source>
        <translation>RPPS</translation>
    </message>
    <message>
        <source>carte associée</source>
        <translation>bound card</translation>
    </message>
    <message>
        <source>numéro de carte</source>
        <translation>card number</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activation</translation>
    </message>
    <message>
        <source>connexion sans carte autorisée</source>
        <translation>sign-in without card allowed</translation>
    </message>
    <message>
        <source>mot de passe</source>
        <translation>password</translation>
    </message>
    <message>
        <source>code à usage unique</source>
        <translation>one-time code</translation>
    </message>
    <message>
        <source>durée en base active</source>
        <translation>time in the active base</translation>
    </message>
    <message>
        <source>durée en archive</source>
        <translation>time in the archive</translation>
    </message>
    <message>
        <source>Officine (automatique)</source>
        <translation>Officine (automatic)</translation>
    </message>
    <message>
        <source>dossier supprimé</source>
        <translation>deleted file</translation>
    </message>
    <message>
        <source>dossier archivé</source>
        <translation>archived file</translation>
    </message>
    <message>
        <source>personne (non connecté)</source>
        <translation>nobody (not signed in)</translation>
    </message>
    <message>
        <source>Dossier patient %1</source>
        <translation>Patient file %1</translation>
    </message>
    <message>
        <source>Compte de l&apos;équipe %1</source>
        <translation>Team account %1</translation>
    </message>
    <message>
        <source>Journal de traçabilité</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Durées de conservation</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>champs&#xa0;: %1</source>
        <translation>fields: %1</translation>
    </message>
    <message>
        <source>justification&#xa0;: «&#xa0;%1&#xa0;»</source>
        <translation>justification: “%1”</translation>
    </message>
    <message>
        <source>Date et heure</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Membre de l&apos;équipe</source>
        <translation>Team member</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Objet</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Détails</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Poste</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Identifiant de l&apos;entrée</source>
        <translation>Entry identifier</translation>
    </message>
    <message>
        <source>Écriture du fichier impossible&#xa0;: %1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>Clé de chiffrement de la base</source>
        <translation>Database encryption key</translation>
    </message>
    <message>
        <source>Base de l&apos;officine</source>
        <translation>Pharmacy database</translation>
    </message>
    <message>
        <source>dossier fusionné</source>
        <translation>merged file</translation>
    </message>
    <message>
        <source>dossier effacé</source>
        <translation>erased file</translation>
    </message>
</context>
<context>
    <name>AuditOutcome</name>
    <message>
        <source>Réussi</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Refusé</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Échec</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>AuditSync</name>
    <message>
        <source>Entrée du journal&#xa0;: 17 champs sont attendus.</source>
        <translation>Audit entry: 17 fields are expected.</translation>
    </message>
    <message>
        <source>Entrée du journal&#xa0;: «&#xa0;%1&#xa0;» doit être un texte.</source>
        <translation>Audit entry: “%1” must be text.</translation>
    </message>
    <message>
        <source>Entrée du journal&#xa0;: numéro ou empreintes illisibles.</source>
        <translation>Audit entry: unreadable number or hashes.</translation>
    </message>
    <message>
        <source>Entrée du journal n° %1&#xa0;: son empreinte ne correspond pas à son contenu.</source>
        <translation>Audit entry no. %1: its hash does not match its content.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Erreur interne du journal.</source>
        <translation>Internal audit trail error.</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>ALTÉRÉ&#xa0;: %1 (poste %2, entrée n° %3%4). %5 anomalie(s) sur %6 entrées.</source>
        <translation>ALTERED: %1 (workstation %2, entry no. %3%4). %5 anomaly(ies) in %6 entries.</translation>
    </message>
    <message>
        <source>intact&#xa0;: %1 entrées, %2 chaîne(s), %3 point(s) de contrôle signé(s)</source>
        <translation>intact: %1 entries, %2 chain(s), %3 signed checkpoint(s)</translation>
    </message>
    <message>
        <source> (%1 certificat(s) non rattaché(s) à une autorité de confiance&#xa0;: aucun magasin de confiance configuré)</source>
        <translation> (%1 certificate(s) not linked to a trusted authority: no trust store configured)</translation>
    </message>
    <message>
        <source>entrée(s) n° %1 à %2 supprimée(s)&#xa0;: la séquence saute jusqu&apos;à cette entrée</source>
        <translation>entry(ies) no. %1 to %2 deleted: the sequence jumps to this entry</translation>
    </message>
    <message>
        <source>numéro de séquence en désordre</source>
        <translation>sequence number out of order</translation>
    </message>
    <message>
        <source>le lien vers l&apos;entrée précédente est rompu (entrées réordonnées ou réécrites)</source>
        <translation>the link to the previous entry is broken (entries reordered or rewritten)</translation>
    </message>
    <message>
        <source>le contenu de l&apos;entrée a été modifié (empreinte SHA-256 différente)</source>
        <translation>the entry&apos;s content was changed (different SHA-256 digest)</translation>
    </message>
    <message>
        <source>cette entrée ne correspond plus à la tête de chaîne signée le %1&#xa0;: la chaîne a été réécrite</source>
        <translation>this entry no longer matches the chain head signed on %1: the chain was rewritten</translation>
    </message>
    <message>
        <source>point de contrôle enregistré dans la chaîne mais sa signature a disparu</source>
        <translation>checkpoint recorded in the chain but its signature is gone</translation>
    </message>
    <message>
        <source>la chaîne est tronquée&#xa0;: le point de contrôle signé le %1 couvre l&apos;entrée n° %2, absente</source>
        <translation>the chain is truncated: the checkpoint signed on %1 covers entry no. %2, which is missing</translation>
    </message>
    <message>
        <source>l&apos;entrée signée par un point de contrôle a disparu</source>
        <translation>the entry signed by a checkpoint is gone</translation>
    </message>
    <message>
        <source>l&apos;entrée qui consigne ce point de contrôle a disparu</source>
        <translation>the entry recording this checkpoint is gone</translation>
    </message>
    <message>
        <source>la signature du point de contrôle du %1 ne correspond pas à son contenu ou à son signataire</source>
        <translation>the signature of the checkpoint of %1 does not match its content or its signer</translation>
    </message>
    <message>
        <source>le certificat qui a signé le point de contrôle n&apos;est pas reconnu&#xa0;: %1</source>
        <translation>the certificate that signed the checkpoint is not recognised: %1</translation>
    </message>
    <message>
        <source>Erreur interne de la vérification du journal.</source>
        <translation>Internal error while verifying the audit trail.</translation>
    </message>
    <message>
        <source>poste %1&#xa0;: </source>
        <translation>workstation %1: </translation>
    </message>
    <message>
        <source>aucun point de contrôle signé&#xa0;: les %1 entrées ne sont garanties que par cette base</source>
        <translation>no signed checkpoint: the %1 entries are vouched for by this database alone</translation>
    </message>
    <message numerus="yes">
        <source>ancré jusqu&apos;à l&apos;entrée n° %1 par le point de contrôle signé le %2&#xa0;; %n entrée(s) plus récente(s) garantie(s) par cette base seule</source>
        <translation>
            <numerusform>anchored up to entry no. %1 by the checkpoint signed on %2; %n newer entry vouched for by this database alone</numerusform>
            <numerusform>anchored up to entry no. %1 by the checkpoint signed on %2; %n newer entries vouched for by this database alone</numerusform>
        </translation>
    </message>
    <message>
        <source>la chaîne de ce poste ne contient plus aucune entrée, sans trace d&apos;une purge&#xa0;: le journal a été vidé</source>
        <translation>this workstation&apos;s chain no longer holds any entry, with no trace of a purge: the trail was emptied</translation>
    </message>
    <message numerus="yes">
        <source>le journal est vide alors que la base contient %n dossier(s) ou compte(s)&#xa0;: il a été vidé</source>
        <translation>
            <numerusform>the trail is empty although the database holds %n file or account: it was emptied</numerusform>
            <numerusform>the trail is empty although the database holds %n files or accounts: it was emptied</numerusform>
        </translation>
    </message>
    <message>
        <source>la chaîne s&apos;arrête à l&apos;entrée n° %1 alors qu&apos;elle avait été vérifiée jusqu&apos;à l&apos;entrée n° %2 le %3&#xa0;: les dernières entrées ont été supprimées</source>
        <translation>the chain stops at entry no. %1 although it was verified up to entry no. %2 on %3: the last entries were deleted</translation>
    </message>
    <message>
        <source>cette entrée n&apos;est plus celle vérifiée le %1&#xa0;: la fin de la chaîne a été réécrite</source>
        <translation>this entry is no longer the one verified on %1: the end of the chain was rewritten</translation>
    </message>
    <message>
        <source>la chaîne s&apos;arrête à l&apos;entrée n° %1 alors que le serveur de synchronisation en a ancré %2&#xa0;: les dernières entrées ont été supprimées ici</source>
        <translation>the chain ends at entry no. %1 while the sync server anchored %2: the last entries were deleted here</translation>
    </message>
    <message>
        <source>cette entrée n&apos;est plus celle que le serveur de synchronisation a ancrée&#xa0;: la chaîne a été réécrite sur ce poste</source>
        <translation>this entry is no longer the one the sync server anchored: the chain was rewritten on this workstation</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message numerus="yes">
        <source>Trop de tentatives de connexion échouées&#xa0;: réessayez dans %n minute(s).</source>
        <translation>
            <numerusform>Too many failed sign-in attempts: try again in %n minute.</numerusform>
            <numerusform>Too many failed sign-in attempts: try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le défi de connexion est inconnu, expiré ou déjà utilisé&#xa0;: recommencez.</source>
        <translation>The sign-in challenge is unknown, expired or already used: start again.</translation>
    </message>
    <message>
        <source>La signature de la carte ne correspond pas au défi.</source>
        <translation>The card&apos;s signature does not match the challenge.</translation>
    </message>
    <message>
        <source>La signature de la clé du poste ne correspond pas à sa clé publique.</source>
        <translation>The workstation key&apos;s signature does not match its public key.</translation>
    </message>
    <message>
        <source>L&apos;officine FINESS %1 n&apos;est pas hébergée par ce serveur&#xa0;: l&apos;hébergeur doit d&apos;abord l&apos;enregistrer.</source>
        <translation>Pharmacy FINESS %1 is not hosted by this server: the host must register it first.</translation>
    </message>
    <message>
        <source>L&apos;hébergement de cette officine est suspendu.</source>
        <translation>Hosting of this pharmacy is suspended.</translation>
    </message>
    <message>
        <source>Seul le pharmacien titulaire de l&apos;officine inscrit un poste, avec sa carte.</source>
        <translation>Only the pharmacy&apos;s owner enrols a workstation, with her card.</translation>
    </message>
    <message>
        <source>Ce poste est déjà inscrit.</source>
        <translation>This workstation is already enrolled.</translation>
    </message>
    <message>
        <source>Ce poste n&apos;est pas inscrit auprès du serveur.</source>
        <translation>This workstation is not enrolled with the server.</translation>
    </message>
    <message>
        <source>Ce poste a été révoqué par le titulaire&#xa0;: il ne se synchronise plus.</source>
        <translation>This workstation was revoked by the owner: it no longer syncs.</translation>
    </message>
    <message>
        <source>La signature du poste ne correspond pas à la clé inscrite.</source>
        <translation>The workstation&apos;s signature does not match its enrolled key.</translation>
    </message>
    <message>
        <source>Le compte de ce porteur de carte est désactivé.</source>
        <translation>This card holder&apos;s account is deactivated.</translation>
    </message>
    <message>
        <source>Aucun compte de l&apos;officine ne correspond à cette carte sur le serveur.</source>
        <translation>No account of the pharmacy matches this card on the server.</translation>
    </message>
    <message>
        <source>La session n&apos;a pas pu être ouverte.</source>
        <translation>The session could not be opened.</translation>
    </message>
    <message>
        <source>Session absente&#xa0;: connectez-vous avec votre carte.</source>
        <translation>No session: sign in with your card.</translation>
    </message>
    <message>
        <source>Session inconnue ou terminée&#xa0;: connectez-vous de nouveau.</source>
        <translation>Unknown or ended session: sign in again.</translation>
    </message>
    <message>
        <source>Session expirée&#xa0;: connectez-vous de nouveau.</source>
        <translation>Session expired: sign in again.</translation>
    </message>
    <message>
        <source>Poste inconnu.</source>
        <translation>Unknown workstation.</translation>
    </message>
    <message>
        <source>Seul le pharmacien titulaire révoque un poste.</source>
        <translation>Only the pharmacy&apos;s owner revokes a workstation.</translation>
    </message>
    <message>
        <source>Ce poste n&apos;appartient pas à l&apos;officine.</source>
        <translation>This workstation does not belong to the pharmacy.</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>Lecture de l&apos;instantané de la base impossible.</source>
        <translation>Cannot read the database snapshot.</translation>
    </message>
    <message>
        <source>Erreur interne de chiffrement.</source>
        <translation>Internal encryption error.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire la sauvegarde dans le dossier choisi (droits, disque plein ou support absent).</source>
        <translation>Cannot write the backup to the chosen folder (permissions, full disk or missing drive).</translation>
    </message>
    <message>
        <source>L&apos;écriture de la sauvegarde a échoué (disque plein ou support retiré ?).</source>
        <translation>Writing the backup failed (full disk or drive removed?).</translation>
    </message>
    <message>
        <source>Le fichier de sauvegarde ne peut pas être lu.</source>
        <translation>The backup file cannot be read.</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas une sauvegarde Officine.</source>
        <translation>This file is not an Officine backup.</translation>
    </message>
    <message>
        <source>La sauvegarde est tronquée (copie interrompue ?)&#xa0;: elle ne peut pas être restaurée.</source>
        <translation>The backup is truncated (interrupted copy?): it cannot be restored.</translation>
    </message>
    <message>
        <source>Cette sauvegarde a un format plus récent que cette version d&apos;Officine&#xa0;: mettez Officine à jour pour la restaurer.</source>
        <translation>This backup has a newer format than this version of Officine: update Officine to restore it.</translation>
    </message>
    <message>
        <source>La sauvegarde est endommagée ou a été modifiée&#xa0;: son contrôle d&apos;authenticité échoue. Elle n&apos;a pas été restaurée.</source>
        <translation>The backup is damaged or has been modified: its authenticity check fails. It was not restored.</translation>
    </message>
    <message>
        <source>Phrase de passe incorrecte pour cette sauvegarde (ou en-tête de la sauvegarde altéré).</source>
        <translation>Wrong passphrase for this backup (or altered backup header).</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le fichier temporaire de restauration.</source>
        <translation>Cannot write the temporary restore file.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Le dossier de sauvegarde est inaccessible (lecteur réseau ou support amovible déconnecté ?).</source>
        <translation>The backup folder is unreachable (network drive or removable drive disconnected?).</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>La base actuelle n&apos;a pas pu être mise de côté&#xa0;: restauration annulée, rien n&apos;a été modifié.</source>
        <translation>The current database could not be set aside: restore cancelled, nothing was changed.</translation>
    </message>
    <message>
        <source>La base restaurée n&apos;a pas pu être mise en place.</source>
        <translation>The restored database could not be put in place.</translation>
    </message>
</context>
<context>
    <name>Bdpm</name>
    <message>
        <source>code CIS «&#xa0;%1&#xa0;» invalide (8 chiffres attendus)</source>
        <translation>invalid CIS code “%1” (8 digits expected)</translation>
    </message>
    <message>
        <source>Fichiers BDPM manquants&#xa0;: %1. Le catalogue en service est conservé.</source>
        <translation>BDPM files missing: %1. The catalogue in use is kept.</translation>
    </message>
    <message>
        <source>dénomination vide</source>
        <translation>empty name</translation>
    </message>
    <message>
        <source>date d&apos;AMM «&#xa0;%1&#xa0;» invalide</source>
        <translation>invalid marketing authorisation date “%1”</translation>
    </message>
    <message>
        <source>surveillance renforcée «&#xa0;%1&#xa0;»&#xa0;: Oui ou Non attendu</source>
        <translation>additional monitoring “%1”: Oui or Non expected</translation>
    </message>
    <message>
        <source>code CIP7 «&#xa0;%1&#xa0;» invalide (7 chiffres attendus)</source>
        <translation>invalid CIP7 code “%1” (7 digits expected)</translation>
    </message>
    <message>
        <source>code CIP13 «&#xa0;%1&#xa0;» invalide (13 chiffres dont la clé)</source>
        <translation>invalid CIP13 code “%1” (13 digits with the check digit)</translation>
    </message>
    <message>
        <source>date de déclaration «&#xa0;%1&#xa0;» invalide</source>
        <translation>invalid declaration date “%1”</translation>
    </message>
    <message>
        <source>taux de remboursement «&#xa0;%1&#xa0;» invalide</source>
        <translation>invalid reimbursement rate “%1”</translation>
    </message>
    <message>
        <source>prix «&#xa0;%1&#xa0;» invalide</source>
        <translation>invalid price “%1”</translation>
    </message>
    <message>
        <source>dénomination de la substance vide</source>
        <translation>empty substance name</translation>
    </message>
    <message>
        <source>nature «&#xa0;%1&#xa0;»&#xa0;: SA ou FT attendu</source>
        <translation>nature “%1”: SA or FT expected</translation>
    </message>
    <message>
        <source>numéro de liaison «&#xa0;%1&#xa0;» invalide</source>
        <translation>invalid link number “%1”</translation>
    </message>
    <message>
        <source>identifiant de groupe générique «&#xa0;%1&#xa0;» invalide</source>
        <translation>invalid generic group identifier “%1”</translation>
    </message>
    <message>
        <source>type de générique «&#xa0;%1&#xa0;» invalide (0 à 4)</source>
        <translation>invalid generic type “%1” (0 to 4)</translation>
    </message>
    <message>
        <source>numéro de tri «&#xa0;%1&#xa0;» invalide</source>
        <translation>invalid sort number “%1”</translation>
    </message>
    <message>
        <source>condition vide</source>
        <translation>empty condition</translation>
    </message>
    <message>
        <source>code de statut «&#xa0;%1&#xa0;» invalide (1 à 4)</source>
        <translation>invalid status code “%1” (1 to 4)</translation>
    </message>
    <message>
        <source>date invalide</source>
        <translation>invalid date</translation>
    </message>
    <message>
        <source>Import annulé. Le catalogue en service est conservé.</source>
        <translation>Import cancelled. The catalogue in use is kept.</translation>
    </message>
    <message>
        <source>Le fichier %1 n&apos;est pas un fichier texte BDPM (encodage non reconnu&#xa0;: UTF-16 ou fichier binaire). Le catalogue en service est conservé.</source>
        <translation>The file %1 is not a BDPM text file (unrecognised encoding: UTF-16 or a binary file). The catalogue in use is kept.</translation>
    </message>
    <message>
        <source>Le fichier %1 est vide. Le catalogue en service est conservé.</source>
        <translation>The file %1 is empty. The catalogue in use is kept.</translation>
    </message>
    <message>
        <source>Le fichier %1 n&apos;a pas le format BDPM attendu&#xa0;: %2 colonnes attendues, %3 trouvées. Le catalogue en service est conservé.</source>
        <translation>The file %1 does not have the expected BDPM format: %2 columns expected, %3 found. The catalogue in use is kept.</translation>
    </message>
    <message>
        <source>%1 colonnes au lieu de %2</source>
        <translation>%1 columns instead of %2</translation>
    </message>
    <message>
        <source>Le fichier %1 dépasse 256 Mo&#xa0;: ce n&apos;est pas un fichier BDPM.</source>
        <translation>The file %1 is larger than 256 MB: it is not a BDPM file.</translation>
    </message>
    <message>
        <source>Le dossier %1 n&apos;existe pas.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Le fichier %1 est illisible.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 n&apos;est pas une archive zip lisible.</source>
        <translation>%1 is not a readable zip archive.</translation>
    </message>
    <message>
        <source>Le fichier %1 de l&apos;archive dépasse 256 Mo.</source>
        <translation>The file %1 in the archive is larger than 256 MB.</translation>
    </message>
    <message>
        <source>Le fichier %1 de l&apos;archive est illisible.</source>
        <translation>The file %1 in the archive cannot be read.</translation>
    </message>
    <message>
        <source>Le fichier %1 de l&apos;archive est endommagé ou trop volumineux.</source>
        <translation>The file %1 in the archive is damaged or too large.</translation>
    </message>
</context>
<context>
    <name>CardBinder</name>
    <message>
        <source>Cette carte est déjà associée au compte actif de %1.</source>
        <translation>This card is already bound to %1&apos;s active account.</translation>
    </message>
</context>
<context>
    <name>CardSignIn</name>
    <message>
        <source>Le compte associé à cette carte a été désactivé par le titulaire&#xa0;: la connexion est refusée.</source>
        <translation>The account bound to this card was deactivated by the head pharmacist: sign-in refused.</translation>
    </message>
    <message>
        <source>Aucun compte de cette officine n&apos;est associé à cette carte&#xa0;: le titulaire doit d&apos;abord créer votre compte et y associer votre carte.</source>
        <translation>No account of this pharmacy is bound to this card: the head pharmacist must first create your account and bind your card to it.</translation>
    </message>
</context>
<context>
    <name>CardVerifier</name>
    <message>
        <source>Le certificat de cette carte ne porte pas d&apos;identifiant national.</source>
        <translation>This card&apos;s certificate carries no national identifier.</translation>
    </message>
    <message>
        <source>Le certificat lu sur la carte est illisible&#xa0;: ce n&apos;est pas une carte CPS ou CPE valide.</source>
        <translation>The certificate read from the card is unreadable: this is not a valid CPS or CPE card.</translation>
    </message>
    <message>
        <source>Le certificat de cette carte a expiré le %1&#xa0;: la carte doit être renouvelée.</source>
        <translation>This card&apos;s certificate expired on %1: the card must be renewed.</translation>
    </message>
    <message>
        <source>Le certificat de cette carte ne sera valable qu&apos;à partir du %1&#xa0;: vérifiez la date et l&apos;heure du poste.</source>
        <translation>This card&apos;s certificate is only valid from %1: check the workstation&apos;s date and time.</translation>
    </message>
    <message>
        <source>Le certificat de cette carte n&apos;a pas été émis par une autorité de confiance (IGC-Santé)&#xa0;: la carte est refusée.</source>
        <translation>This card&apos;s certificate was not issued by a trusted authority (IGC-Santé): the card is refused.</translation>
    </message>
    <message>
        <source>Le certificat de cette carte est invalide&#xa0;: la carte est refusée.</source>
        <translation>This card&apos;s certificate is invalid: the card is refused.</translation>
    </message>
    <message>
        <source>Le certificat lu n&apos;est pas un certificat d&apos;authentification (usage de clé incorrect)&#xa0;: la carte est refusée.</source>
        <translation>The certificate read is not an authentication certificate (wrong key usage): the card is refused.</translation>
    </message>
    <message>
        <source>Cette signature a déjà servi&#xa0;: une réponse rejouée est refusée. Retirez la carte et recommencez.</source>
        <translation>This signature was already used: a replayed answer is refused. Remove the card and start again.</translation>
    </message>
    <message>
        <source>Défi d&apos;authentification inconnu&#xa0;: recommencez la connexion.</source>
        <translation>Unknown authentication challenge: sign in again.</translation>
    </message>
    <message>
        <source>La signature de la carte ne correspond pas au défi envoyé&#xa0;: la carte est refusée.</source>
        <translation>The card&apos;s signature does not match the challenge sent: the card is refused.</translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>Import annulé. Le catalogue en service est conservé.</source>
        <translation>Import cancelled. The catalogue in use is kept.</translation>
    </message>
    <message>
        <source>Cette version du catalogue n&apos;est plus disponible&#xa0;: recommencez l&apos;import.</source>
        <translation>This catalogue version is no longer available: start the import again.</translation>
    </message>
</context>
<context>
    <name>ChangeSettingsCommand</name>
    <message>
        <source>Langue inconnue&#xa0;: choisissez le français ou l&apos;anglais.</source>
        <translation>Unknown language: choose French or English.</translation>
    </message>
    <message>
        <source>Le verrouillage après inactivité doit être compris entre 30 secondes et une heure.</source>
        <translation>The inactivity lock must be between 30 seconds and one hour.</translation>
    </message>
    <message>
        <source>Le nombre de sauvegardes conservées doit être compris entre 1 et 365.</source>
        <translation>The number of backups kept must be between 1 and 365.</translation>
    </message>
    <message>
        <source>L&apos;heure de la sauvegarde doit être comprise entre 0 et 23.</source>
        <translation>The backup hour must be between 0 and 23.</translation>
    </message>
    <message>
        <source>Le dossier de sauvegarde n&apos;existe pas ou n&apos;est pas accessible en écriture.</source>
        <translation>The backup folder does not exist or is not writable.</translation>
    </message>
    <message>
        <source>Ce paramètre ne se modifie pas depuis Officine&#xa0;: il est fixé par l&apos;administrateur du poste.</source>
        <translation>This setting is not changed from Officine: the workstation&apos;s administrator sets it.</translation>
    </message>
    <message>
        <source>Les paramètres n&apos;ont pas pu être enregistrés (fichier %1 inaccessible).</source>
        <translation>The settings could not be saved (file %1 not accessible).</translation>
    </message>
</context>
<context>
    <name>CommandExecutor</name>
    <message>
        <source>Aucun membre de l&apos;équipe n&apos;est connecté&#xa0;: insérez votre carte CPS ou CPE.</source>
        <translation>No staff member is signed in: insert your CPS or CPE card.</translation>
    </message>
    <message>
        <source>Votre rôle ne permet pas cette action (droit requis&#xa0;: %1).</source>
        <translation>Your role does not allow this action (permission needed: %1).</translation>
    </message>
    <message>
        <source>Erreur interne.</source>
        <translation>Internal error.</translation>
    </message>
</context>
<context>
    <name>ConfirmSyncDeletionsCommand</name>
    <message>
        <source>Aucune suppression n&apos;attend de confirmation.</source>
        <translation>No deletion awaits confirmation.</translation>
    </message>
</context>
<context>
    <name>CreatePatientCommand</name>
    <message numerus="yes">
        <source>%n dossier(s) proche(s) existe(nt) déjà&#xa0;: vérifiez qu&apos;il ne s&apos;agit pas de la même personne avant de créer un nouveau dossier.</source>
        <translation>
            <numerusform>%n similar file already exists: check it is not the same person before creating a new file.</numerusform>
            <numerusform>%n similar files already exist: check they are not the same person before creating a new file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>Fichier trop volumineux (plus de 512 Mo).</source>
        <translation>File too large (over 512 MB).</translation>
    </message>
    <message>
        <source>Le fichier est vide.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Guillemet non refermé à partir de la ligne %1&#xa0;: le fichier est tronqué ou mal formé.</source>
        <translation>Unclosed quote from line %1: the file is truncated or malformed.</translation>
    </message>
    <message>
        <source>La première ligne doit nommer les colonnes (séparées par&#xa0;; , ou une tabulation).</source>
        <translation>The first line must name the columns (separated by ; , or a tab).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>La base PostgreSQL %1 ne répond pas (rôle %2)&#xa0;: %3</source>
        <translation>PostgreSQL database %1 does not answer (role %2): %3</translation>
    </message>
    <message>
        <source>La base de données a refusé une requête.</source>
        <translation>The database refused a query.</translation>
    </message>
    <message>
        <source>Le rôle PostgreSQL «&#xa0;%1&#xa0;» du service n&apos;existe pas&#xa0;: créez-le d&apos;abord (docs/server-operations.md).</source>
        <translation>The service&apos;s PostgreSQL role “%1” does not exist: create it first (docs/server-operations.md).</translation>
    </message>
    <message>
        <source>Le rôle «&#xa0;%1&#xa0;» est superutilisateur ou peut contourner la sécurité par ligne (BYPASSRLS)&#xa0;: le service refuse de s&apos;en servir, car il pourrait lire les données de toutes les officines.</source>
        <translation>Role “%1” is a superuser or may bypass row-level security (BYPASSRLS): the service refuses to use it, as it could read every pharmacy&apos;s data.</translation>
    </message>
    <message>
        <source>Version du schéma illisible.</source>
        <translation>Unreadable schema version.</translation>
    </message>
    <message>
        <source>La base est au schéma %1, plus récent que ce serveur (%2)&#xa0;: installez la version du serveur qui l&apos;a créée.</source>
        <translation>The database is at schema %1, newer than this server (%2): install the server version that created it.</translation>
    </message>
    <message>
        <source>La migration du schéma vers la version %1 a échoué&#xa0;; la base est restée à la version %2.</source>
        <translation>Migrating the schema to version %1 failed; the database stayed at version %2.</translation>
    </message>
    <message>
        <source>Le rôle «&#xa0;%1&#xa0;» du service possède des tables&#xa0;: la sécurité par ligne ne s&apos;appliquerait pas à lui. Donnez-les au rôle propriétaire.</source>
        <translation>The service&apos;s role “%1” owns tables: row-level security would not apply to it. Give them to the owner role.</translation>
    </message>
</context>
<context>
    <name>DatabaseKey</name>
    <message>
        <source>La clé de la base enregistrée dans le trousseau est invalide. Restaurez la dernière sauvegarde avec sa phrase de passe.</source>
        <translation>The database key stored in the keychain is invalid. Restore the latest backup with its passphrase.</translation>
    </message>
    <message>
        <source>La base de l&apos;officine existe mais sa clé est absente du trousseau du système (trousseau verrouillé, ou session d&apos;un autre utilisateur). Déverrouillez le trousseau puis relancez Officine&#xa0;; sinon restaurez la dernière sauvegarde avec sa phrase de passe (officine-cli restore).</source>
        <translation>The pharmacy database exists but its key is missing from the system keychain (locked keychain, or another user&apos;s session). Unlock the keychain and restart Officine; otherwise restore the latest backup with its passphrase (officine-cli restore).</translation>
    </message>
    <message>
        <source>Le trousseau du système n&apos;a pas conservé la clé de la base&#xa0;: la base n&apos;a pas été créée.</source>
        <translation>The system keychain did not keep the database key: the database was not created.</translation>
    </message>
</context>
<context>
    <name>DemoPharmacy</name>
    <message>
        <source>Claire Démo, titulaire (démonstration)</source>
        <translation>Claire Démo, head pharmacist (demonstration)</translation>
    </message>
</context>
<context>
    <name>DeviceKey</name>
    <message>
        <source>La clé du poste n&apos;a pas pu être enregistrée.</source>
        <translation>The workstation key could not be saved.</translation>
    </message>
    <message>
        <source>La clé du poste n&apos;a pas pu être créée.</source>
        <translation>The workstation key could not be created.</translation>
    </message>
    <message>
        <source>La clé du poste enregistrée dans le trousseau est illisible&#xa0;: le poste doit être inscrit de nouveau par le titulaire.</source>
        <translation>The workstation key stored in the keychain is unreadable: the owner must enrol the workstation again.</translation>
    </message>
    <message>
        <source>La clé du poste n&apos;a pas pu signer.</source>
        <translation>The workstation key could not sign.</translation>
    </message>
</context>
<context>
    <name>DocumentExport</name>
    <message>
        <source>Impossible d&apos;écrire %1&#xa0;: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>ErasePatientCommand</name>
    <message>
        <source>Ce dossier a déjà été effacé ou fusionné.</source>
        <translation>This file was already erased or merged.</translation>
    </message>
    <message>
        <source>Effacement refusé&#xa0;: les données de santé de ce dossier doivent être conservées jusqu&apos;au %1 (%2). La demande est enregistrée&#xa0;; elle pourra être satisfaite à cette date.</source>
        <translation>Erasure refused: this file&apos;s health data must be kept until %1 (%2). The request is recorded; it can be granted on that date.</translation>
    </message>
</context>
<context>
    <name>FallbackSignIn</name>
    <message>
        <source>Mot de passe ou code à usage unique incorrect.</source>
        <translation>Wrong password or one-time code.</translation>
    </message>
    <message>
        <source>Ce compte est désactivé&#xa0;: adressez-vous au titulaire.</source>
        <translation>This account is deactivated: ask the head pharmacist.</translation>
    </message>
    <message>
        <source>La connexion sans carte n&apos;est pas ouverte pour ce compte&#xa0;: demandez-la au titulaire.</source>
        <translation>Signing in without a card is not enabled for this account: ask the head pharmacist.</translation>
    </message>
</context>
<context>
    <name>HttpApi</name>
    <message>
        <source>l&apos;inscription</source>
        <translation>the enrolment</translation>
    </message>
    <message>
        <source>l&apos;ouverture de session</source>
        <translation>the session opening</translation>
    </message>
    <message>
        <source>«&#xa0;after&#xa0;» doit être un entier positif et «&#xa0;limit&#xa0;» un entier de 1 à %1.</source>
        <translation>“after” must be a positive integer and “limit” an integer from 1 to %1.</translation>
    </message>
    <message>
        <source>Identifiant de poste invalide.</source>
        <translation>Invalid workstation identifier.</translation>
    </message>
</context>
<context>
    <name>ImportPatientsBatchCommand</name>
    <message>
        <source>Import, ligne %1</source>
        <translation>Import, line %1</translation>
    </message>
</context>
<context>
    <name>Insi</name>
    <message>
        <source>Recherche de l&apos;INS par les traits</source>
        <translation>INS search by identity traits</translation>
    </message>
    <message>
        <source>Recherche de l&apos;INS par la carte Vitale</source>
        <translation>INS search by carte Vitale</translation>
    </message>
    <message>
        <source>Vérification de l&apos;INS</source>
        <translation>INS verification</translation>
    </message>
    <message>
        <source>Une identité trouvée. Comparez ses traits à ceux du patient et de sa pièce d&apos;identité avant de l&apos;adopter.</source>
        <translation>One identity found. Compare its traits with the patient and their identity document before adopting it.</translation>
    </message>
    <message>
        <source>Aucune identité trouvée. Vérifiez les traits saisis avec la pièce d&apos;identité (nom de naissance, premier prénom, date de naissance) et interrogez à nouveau&#xa0;; l&apos;identité reste provisoire.</source>
        <translation>No identity found. Check the traits typed against the identity document (birth name, first given name, date of birth) and ask again; the identity stays provisional.</translation>
    </message>
    <message>
        <source>Plusieurs identités correspondent. Ajoutez les autres prénoms de la pièce d&apos;identité ou le lieu de naissance, puis interrogez à nouveau.</source>
        <translation>Several identities match. Add the other given names from the identity document or the birth place, then ask again.</translation>
    </message>
    <message>
        <source>L&apos;INS et les traits du dossier sont confirmés par le téléservice.</source>
        <translation>The teleservice confirms the file&apos;s INS and traits.</translation>
    </message>
    <message>
        <source>Le téléservice ne confirme pas cet INS avec ces traits&#xa0;: l&apos;INS ne doit plus être utilisé tant que l&apos;identité n&apos;est pas récupérée à nouveau.</source>
        <translation>The teleservice does not confirm this INS with these traits: the INS must not be used until the identity is retrieved again.</translation>
    </message>
    <message>
        <source>Le téléservice INSi a besoin de %1&#xa0;: complétez le dossier avant de l&apos;interroger.</source>
        <translation>The INSi teleservice needs %1: complete the file before asking it.</translation>
    </message>
    <message>
        <source>La carte Vitale n&apos;a pas pu être lue (numéro de l&apos;ouvrant droit absent).</source>
        <translation>The carte Vitale could not be read (the insured person&apos;s number is missing).</translation>
    </message>
    <message>
        <source>La carte Vitale n&apos;a pas pu être lue (date de naissance du bénéficiaire absente).</source>
        <translation>The carte Vitale could not be read (the beneficiary&apos;s date of birth is missing).</translation>
    </message>
    <message>
        <source>du nom de naissance</source>
        <translation>the birth name</translation>
    </message>
    <message>
        <source>du premier prénom de naissance</source>
        <translation>the first birth given name</translation>
    </message>
    <message>
        <source>du sexe</source>
        <translation>the sex</translation>
    </message>
    <message>
        <source>Le téléservice INSi ne cherche qu&apos;avec une date de naissance complète&#xa0;; pour une date incomplète, utilisez la carte Vitale.</source>
        <translation>The INSi teleservice only searches with a complete date of birth; for a partial date, use the carte Vitale.</translation>
    </message>
    <message>
        <source>de l&apos;INS (matricule et OID)</source>
        <translation>the INS (number and OID)</translation>
    </message>
    <message>
        <source>de la liste des prénoms et du lieu de naissance</source>
        <translation>the list of given names and the birth place</translation>
    </message>
    <message>
        <source>Le téléservice INSi ne répond pas&#xa0;: l&apos;identité reste provisoire et rien de ce qui a été saisi n&apos;est perdu. Réessayez plus tard.</source>
        <translation>The INSi teleservice does not answer: the identity stays provisional and nothing typed is lost. Try again later.</translation>
    </message>
    <message>
        <source>L&apos;adresse du téléservice INSi n&apos;est pas valide.</source>
        <translation>The INSi teleservice address is not valid.</translation>
    </message>
    <message>
        <source>Le téléservice INSi ne s&apos;interroge qu&apos;en HTTPS.</source>
        <translation>The INSi teleservice is only reached over HTTPS.</translation>
    </message>
    <message>
        <source>Le téléservice INSi n&apos;est pas configuré sur ce poste (officine.conf, section [insi]).</source>
        <translation>The INSi teleservice is not configured on this workstation (officine.conf, section [insi]).</translation>
    </message>
    <message>
        <source>Le téléservice INSi s&apos;interroge avec votre carte CPS&#xa0;: connectez-vous avec votre carte.</source>
        <translation>The INSi teleservice is queried with your CPS card: sign in with your card.</translation>
    </message>
    <message>
        <source>La réponse du téléservice INSi est trop longue&#xa0;: l&apos;identité reste provisoire.</source>
        <translation>The INSi teleservice&apos;s answer is too long: the identity stays provisional.</translation>
    </message>
    <message>
        <source>Le certificat du téléservice INSi n&apos;est pas celui attendu&#xa0;: la connexion a été refusée.</source>
        <translation>The INSi teleservice&apos;s certificate is not the expected one: the connection was refused.</translation>
    </message>
</context>
<context>
    <name>InsiEnvelope</name>
    <message>
        <source>La réponse du téléservice INSi est illisible&#xa0;: l&apos;identité reste provisoire. Réessayez&#xa0;; si cela se reproduit, signalez-le à votre support.</source>
        <translation>The INSi teleservice&apos;s answer cannot be read: the identity stays provisional. Try again; if it happens again, tell your support.</translation>
    </message>
    <message>
        <source>Le téléservice INSi a refusé l&apos;authentification par votre carte (%1). Vérifiez que votre carte CPS est valide&#xa0;; l&apos;identité reste provisoire.</source>
        <translation>The INSi teleservice refused your card&apos;s authentication (%1). Check that your CPS card is valid; the identity stays provisional.</translation>
    </message>
    <message>
        <source>Le téléservice INSi est indisponible (%1)&#xa0;: l&apos;identité reste provisoire et rien de ce qui a été saisi n&apos;est perdu. Réessayez plus tard.</source>
        <translation>The INSi teleservice is unavailable (%1): the identity stays provisional and nothing typed is lost. Try again later.</translation>
    </message>
    <message>
        <source>Le téléservice INSi a refusé la demande (%1)&#xa0;; l&apos;identité reste provisoire.</source>
        <translation>The INSi teleservice refused the request (%1); the identity stays provisional.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>L&apos;accès au trousseau du système a été refusé&#xa0;: la base chiffrée ne peut pas être ouverte.</source>
        <translation>Access to the system keychain was denied: the encrypted database cannot be opened.</translation>
    </message>
    <message>
        <source>Le trousseau du système (Secret Service) est indisponible ou verrouillé&#xa0;: ouvrez une session de bureau avec son trousseau déverrouillé. La base chiffrée n&apos;est pas ouverte et aucune donnée n&apos;est écrite en clair.</source>
        <translation>The system keychain (Secret Service) is unavailable or locked: open a desktop session with its keychain unlocked. The encrypted database is not opened and no data is written in clear.</translation>
    </message>
    <message>
        <source>Le trousseau du système ne répond pas (délai de %1 s dépassé)&#xa0;: il est peut-être verrouillé ou son service est arrêté. La base chiffrée n&apos;est pas ouverte.</source>
        <translation>The system keychain does not answer (%1 s timeout): it may be locked or its service stopped. The encrypted database is not opened.</translation>
    </message>
</context>
<context>
    <name>MergePatientsCommand</name>
    <message>
        <source>Choisissez deux dossiers différents à fusionner.</source>
        <translation>Choose two different files to merge.</translation>
    </message>
    <message>
        <source>Indiquez le motif de la fusion (il est conservé dans l&apos;historique du dossier).</source>
        <translation>Give the reason for the merge (kept in the file&apos;s history).</translation>
    </message>
</context>
<context>
    <name>NationalIds</name>
    <message>
        <source>Le numéro RPPS comporte 11 chiffres.</source>
        <translation>An RPPS number has 11 digits.</translation>
    </message>
    <message>
        <source>Le numéro FINESS comporte 9 caractères (le département peut être 2A ou 2B).</source>
        <translation>A FINESS number has 9 characters (the département may be 2A or 2B).</translation>
    </message>
    <message>
        <source>Le numéro RPPS est invalide (chiffre de contrôle incorrect)&#xa0;: vérifiez la saisie.</source>
        <translation>The RPPS number is invalid (wrong check digit): check what was typed.</translation>
    </message>
    <message>
        <source>Le numéro FINESS est invalide (chiffre de contrôle incorrect)&#xa0;: vérifiez la saisie.</source>
        <translation>The FINESS number is invalid (wrong check digit): check what was typed.</translation>
    </message>
    <message>
        <source>Le numéro ADELI comporte 9 chiffres.</source>
        <translation>The ADELI number has 9 digits.</translation>
    </message>
    <message>
        <source>Le numéro ADELI est invalide (chiffre de contrôle incorrect)&#xa0;: vérifiez la saisie.</source>
        <translation>The ADELI number is invalid (wrong check digit): check what was typed.</translation>
    </message>
    <message>
        <source>Le numéro du prescripteur est un RPPS (11 chiffres) ou un ADELI (9 chiffres).</source>
        <translation>The prescriber&apos;s number is an RPPS (11 digits) or an ADELI (9 digits).</translation>
    </message>
</context>
<context>
    <name>Nir</name>
    <message>
        <source>Le NIR doit comporter 15 caractères&#xa0;: 13 chiffres puis la clé de 2 chiffres (%1 saisis).</source>
        <translation>The NIR must have 15 characters: 13 digits then the 2-digit key (%1 typed).</translation>
    </message>
    <message>
        <source>Le NIR ne doit contenir que des chiffres (le département peut être 2A ou 2B pour la Corse).</source>
        <translation>The NIR may only contain digits (the département may be 2A or 2B for Corsica).</translation>
    </message>
    <message>
        <source>Le premier chiffre du NIR (sexe) doit être 1 ou 2 (3, 4, 7 ou 8 pour un numéro provisoire).</source>
        <translation>The first digit of the NIR (sex) must be 1 or 2 (3, 4, 7 or 8 for a temporary number).</translation>
    </message>
    <message>
        <source>Le mois de naissance du NIR (positions 4 et 5) n&apos;existe pas.</source>
        <translation>The birth month of the NIR (positions 4 and 5) does not exist.</translation>
    </message>
    <message>
        <source>Le département de naissance du NIR n&apos;existe pas.</source>
        <translation>The birth département of the NIR does not exist.</translation>
    </message>
    <message>
        <source>La clé du NIR ne correspond pas aux 13 premiers caractères&#xa0;: vérifiez la saisie sur la carte Vitale ou l&apos;attestation.</source>
        <translation>The NIR key does not match the first 13 characters: check what was typed against the carte Vitale or the certificate.</translation>
    </message>
</context>
<context>
    <name>Officine</name>
    <message>
        <source>Poste de travail pour les pharmacies d&apos;officine.</source>
        <translation>Workstation for community pharmacies.</translation>
    </message>
    <message>
        <source>Ouvrir la pharmacie de démonstration (données fictives, base séparée).</source>
        <translation>Open the demo pharmacy (fictitious data, separate database).</translation>
    </message>
    <message>
        <source>Dossier des données.</source>
        <translation>Data folder.</translation>
    </message>
    <message>
        <source>DOSSIER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>Enregistrer une capture de la fenêtre puis quitter (documentation).</source>
        <translation>Save a screenshot of the window, then quit (documentation).</translation>
    </message>
    <message>
        <source>FICHIER</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Officine</source>
        <translation>Officine</translation>
    </message>
    <message>
        <source>La base de l&apos;officine ne peut pas être ouverte.</source>
        <translation>The pharmacy database cannot be opened.</translation>
    </message>
    <message>
        <source>Délai avant la capture, en millisecondes (1500 par défaut).</source>
        <translation>Delay before the screenshot, in milliseconds (1500 by default).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Avec --demo&#xa0;: connexion par les cartes émulées de ce dossier (scripts/demo.sh les démarre).</source>
        <translation>With --demo: sign in with the emulated cards of this folder (scripts/demo.sh starts them).</translation>
    </message>
    <message>
        <source>Avec --demo&#xa0;: le simulateur du téléservice INSi à cette adresse (scripts/demo.sh le démarre).</source>
        <translation>With --demo: the INSi teleservice simulator at this address (scripts/demo.sh starts it).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Partie à afficher au démarrage (1 à 7).</source>
        <translation>Section shown at start-up (1 to 7).</translation>
    </message>
    <message>
        <source>Avec --demo&#xa0;: le catalogue des médicaments importé des fichiers de la BDPM de ce dossier (ou de cette archive zip) au lieu du petit catalogue de démonstration.</source>
        <translation>With --demo: the drug catalogue imported from the BDPM files of this folder (or zip archive) instead of the small demonstration catalogue.</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>folder</translation>
    </message>
</context>
<context>
    <name>Officine::Services::CatalogService</name>
    <message>
        <source>Lecture des fichiers…</source>
        <translation>Reading the files…</translation>
    </message>
    <message>
        <source>Contrôle des fichiers…</source>
        <translation>Checking the files…</translation>
    </message>
    <message>
        <source>Écriture du catalogue…</source>
        <translation>Writing the catalogue…</translation>
    </message>
    <message>
        <source>Un import du catalogue est déjà en cours.</source>
        <translation>A catalogue import is already running.</translation>
    </message>
    <message>
        <source>Catalogue mis en service&#xa0;: %1 spécialités, %2 présentations</source>
        <translation>Catalogue in use: %1 medicines, %2 packs</translation>
    </message>
    <message>
        <source>&#xa0;; aucune ligne refusée.</source>
        <translation>; no line refused.</translation>
    </message>
    <message numerus="yes">
        <source>&#xa0;; %n ligne(s) refusée(s), listées dans le rapport de l&apos;import.</source>
        <translation>
            <numerusform>; %n line refused, listed in the import report.</numerusform>
            <numerusform>; %n lines refused, listed in the import report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Officine::Sync::SyncWorker</name>
    <message>
        <source>La synchronisation n&apos;est pas configurée sur ce poste.</source>
        <translation>Sync is not configured on this workstation.</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::AboutDialog</name>
    <message>
        <source>À propos d&apos;Officine</source>
        <translation>About Officine</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Officine %1&lt;/h2&gt;&lt;p&gt;Poste de travail pour les pharmacies d&apos;officine&#xa0;: dossiers patients, ordonnances, préparation des piluliers, cercle de soins et traçabilité.&lt;/p&gt;&lt;p&gt;Les données sont chiffrées sur ce poste (SQLCipher, AES-256) avec une clé gardée dans le trousseau du système.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt :&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Base :&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Données :&lt;/b&gt; %4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Officine %1&lt;/h2&gt;&lt;p&gt;Workstation for community pharmacies: patient files, prescriptions, pill organiser preparation, care circle and traceability.&lt;/p&gt;&lt;p&gt;Data is encrypted on this workstation (SQLCipher, AES-256) with a key kept in the system keychain.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Database:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Data:&lt;/b&gt; %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Pharmacie de démonstration :&lt;/b&gt; toutes les personnes et données affichées sont fictives.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Demo pharmacy:&lt;/b&gt; every person and all data shown are fictitious.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::AdministrationPage</name>
    <message>
        <source>Sauvegarder maintenant</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Paramètres…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Base de données de l&apos;officine</source>
        <translation>Pharmacy database</translation>
    </message>
    <message>
        <source>Sauvegarde quotidienne chiffrée</source>
        <translation>Encrypted daily backup</translation>
    </message>
    <message>
        <source>&lt;b&gt;Emplacement :&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Chiffrement :&lt;/b&gt; SQLCipher, AES-256 avec un code d&apos;authentification (HMAC) par page&#xa0;; clé de 256 bits rangée dans le trousseau du système.&lt;br&gt;&lt;b&gt;Schéma :&lt;/b&gt; version %2&lt;br&gt;&lt;b&gt;Identifiant du poste :&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Moteur :&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;Location:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Encryption:&lt;/b&gt; SQLCipher, AES-256 with an authentication code (HMAC) per page; 256-bit key kept in the system keychain.&lt;br&gt;&lt;b&gt;Schema:&lt;/b&gt; version %2&lt;br&gt;&lt;b&gt;Workstation id:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Engine:&lt;/b&gt; %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Non configurée.&lt;/b&gt; Choisissez un dossier sur un disque réseau (NAS) ou un support amovible dans les paramètres&#xa0;: gardez trois copies sur deux supports, dont une hors ligne.</source>
        <translation>&lt;b&gt;Not configured.&lt;/b&gt; Choose a folder on a network drive (NAS) or a removable drive in the settings: keep three copies on two media, one of them offline.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dossier :&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Conservation :&lt;/b&gt; les %2 dernières&lt;br&gt;&lt;b&gt;Heure :&lt;/b&gt; à partir de %3 h</source>
        <translation>&lt;b&gt;Folder:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Kept:&lt;/b&gt; the last %2&lt;br&gt;&lt;b&gt;Time:&lt;/b&gt; from %3:00</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dernière sauvegarde réussie :&lt;/b&gt; %1 (%2)</source>
        <translation>&lt;b&gt;Last successful backup:&lt;/b&gt; %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aucune sauvegarde réussie à ce jour.&lt;/b&gt;</source>
        <translation>&lt;b&gt;No successful backup yet.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Échec le %1 :&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Failed on %1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Aucune phrase de passe de sauvegarde dans le trousseau&#xa0;: définissez-la dans les paramètres.</source>
        <translation>No backup passphrase in the keychain: set it in the settings.</translation>
    </message>
    <message>
        <source>Équipe de l&apos;officine</source>
        <translation>Pharmacy team</translation>
    </message>
    <message>
        <source>Nouveau compte…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>RPPS</source>
        <translation>RPPS</translation>
    </message>
    <message>
        <source>Carte associée</source>
        <translation>Bound card</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rôles et droits</source>
        <translation>Roles and permissions</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <source>actif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>désactivé</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>Autoriser ou retirer la connexion sans carte</source>
        <translation>Allow or withdraw signing in without a card</translation>
    </message>
    <message>
        <source>Sans carte</source>
        <translation>Without card</translation>
    </message>
    <message>
        <source>autorisée, non configurée</source>
        <translation>allowed, not set up</translation>
    </message>
    <message>
        <source>autorisée</source>
        <translation>allowed</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Désactiver le compte</source>
        <translation>Deactivate the account</translation>
    </message>
    <message>
        <source>Désactiver le compte de %1&#xa0;? Sa carte n&apos;ouvrira plus de session&#xa0;; le compte n&apos;est pas supprimé et son historique garde son nom.</source>
        <translation>Deactivate %1&apos;s account? Their card will no longer open a session; the account is not deleted and its history keeps their name.</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Durées de conservation…</source>
        <translation>Retention periods…</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::AuditView</name>
    <message>
        <source>Exporter en CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <source>Exporter en PDF…</source>
        <translation>Export as PDF…</translation>
    </message>
    <message>
        <source>Nom du patient, puis Entrée</source>
        <translation>Patient name, then Enter</translation>
    </message>
    <message>
        <source>Tous les patients</source>
        <translation>All patients</translation>
    </message>
    <message>
        <source>Toutes les actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Patient&#xa0;:</source>
        <translation>Patient:</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Exporter la traçabilité en PDF</source>
        <translation>Export the audit trail as PDF</translation>
    </message>
    <message>
        <source>Exporter la traçabilité en CSV</source>
        <translation>Export the audit trail as CSV</translation>
    </message>
    <message>
        <source>tracabilite.pdf</source>
        <translation>audit-trail.pdf</translation>
    </message>
    <message>
        <source>tracabilite.csv</source>
        <translation>audit-trail.csv</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Tableau CSV (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) exportée(s).</source>
        <translation>
            <numerusform>%n row exported.</numerusform>
            <numerusform>%n rows exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Toute l&apos;équipe</source>
        <translation>Whole team</translation>
    </message>
    <message numerus="yes">
        <source>%n entrée(s).</source>
        <translation>
            <numerusform>%n entryy.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>patient&#xa0;: %1</source>
        <translation>patient: %1</translation>
    </message>
    <message>
        <source>ce patient</source>
        <translation>this patient</translation>
    </message>
    <message>
        <source>membre&#xa0;: %1</source>
        <translation>member: %1</translation>
    </message>
    <message>
        <source>action&#xa0;: %1</source>
        <translation>action: %1</translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>Traçabilité</source>
        <translation>Traceability</translation>
    </message>
    <message numerus="yes">
        <source>%n entrée(s). Document confidentiel&#xa0;: il contient des données de santé.</source>
        <translation>
            <numerusform>%n entry. Confidential document: it holds health data.</numerusform>
            <numerusform>%n entries. Confidential document: it holds health data.</numerusform>
        </translation>
    </message>
    <message>
        <source>Membre de l&apos;équipe&#xa0;:</source>
        <translation>Team member:</translation>
    </message>
    <message>
        <source>Action&#xa0;:</source>
        <translation>Action:</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::CataloguePage</name>
    <message>
        <source>Liste I</source>
        <translation>List I</translation>
    </message>
    <message>
        <source>Liste II</source>
        <translation>List II</translation>
    </message>
    <message>
        <source>Stupéfiant</source>
        <translation>Narcotic</translation>
    </message>
    <message>
        <source>Rupture de stock</source>
        <translation>Out of stock</translation>
    </message>
    <message>
        <source>Tension d&apos;approvisionnement</source>
        <translation>Supply shortage</translation>
    </message>
    <message>
        <source>Arrêt de commercialisation</source>
        <translation>Discontinued</translation>
    </message>
    <message>
        <source>Importer la BDPM d&apos;un dossier…</source>
        <translation>Import the BDPM from a folder…</translation>
    </message>
    <message>
        <source>… ou d&apos;une archive zip</source>
        <translation>… or from a zip archive</translation>
    </message>
    <message>
        <source>Annuler l&apos;import</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <source>Nom, substance (DCI), groupe générique, CIP13 ou CIP7</source>
        <translation>Name, substance (INN), generic group, CIP13 or CIP7</translation>
    </message>
    <message>
        <source>Spécialité</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <source>Forme</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Présentations</source>
        <translation>Packs</translation>
    </message>
    <message>
        <source>Prix</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Remboursement</source>
        <translation>Reimbursement</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Médicaments</source>
        <translation>Medicines</translation>
    </message>
    <message>
        <source>Annulation de l&apos;import…</source>
        <translation>Cancelling the import…</translation>
    </message>
    <message>
        <source>Aucun catalogue en service&#xa0;: le titulaire importe les fichiers de la BDPM (base de données publique des médicaments), d&apos;un dossier ou d&apos;une archive zip.</source>
        <translation>No catalogue in use: the head pharmacist imports the BDPM files (the French public drug database), from a folder or a zip archive.</translation>
    </message>
    <message>
        <source>Import de %1 en cours&#xa0;: le catalogue en service reste utilisé jusqu&apos;à la fin.</source>
        <translation>Importing %1: the catalogue in use stays in use until the end.</translation>
    </message>
    <message>
        <source>Archive de la BDPM</source>
        <translation>BDPM archive</translation>
    </message>
    <message>
        <source>Archives zip (*.zip)</source>
        <translation>Zip archives (*.zip)</translation>
    </message>
    <message>
        <source>Dossier des fichiers de la BDPM</source>
        <translation>Folder of the BDPM files</translation>
    </message>
    <message>
        <source>%1 à %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Commercialisée</source>
        <translation>Marketed</translation>
    </message>
    <message>
        <source>Non commercialisée</source>
        <translation>Not marketed</translation>
    </message>
    <message>
        <source>Trouvée par sa substance&#xa0;: %1</source>
        <translation>Found by its substance: %1</translation>
    </message>
    <message>
        <source>Spécialité absente du catalogue en service.</source>
        <translation>Medicine not in the catalogue in use.</translation>
    </message>
    <message>
        <source>Code CIS %1 · %2 · voie(s)&#xa0;: %3</source>
        <translation>CIS code %1 · %2 · route(s): %3</translation>
    </message>
    <message>
        <source>Surveillance renforcée</source>
        <translation>Additional monitoring</translation>
    </message>
    <message>
        <source>Prescription et délivrance&#xa0;: %1</source>
        <translation>Prescribing and dispensing: %1</translation>
    </message>
    <message>
        <source>Groupe générique&#xa0;: %1</source>
        <translation>Generic group: %1</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>prix libre</source>
        <translation>free price</translation>
    </message>
    <message>
        <source>non remboursable</source>
        <translation>not reimbursable</translation>
    </message>
    <message>
        <source>remboursée à %1</source>
        <translation>reimbursed at %1</translation>
    </message>
    <message>
        <source>CIP13 %1 · %2 · %3 · %4 · %5</source>
        <translation>CIP13 %1 · %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Catalogue BDPM du %1 (%2), importé le %3&#xa0;: %4 spécialités, %5 présentations.</source>
        <translation>BDPM catalogue of %1 (%2), imported on %3: %4 medicines, %5 packs.</translation>
    </message>
    <message>
        <source>Catalogue BDPM (%1), importé le %2&#xa0;: %3 spécialités, %4 présentations.</source>
        <translation>BDPM catalogue (%1), imported on %2: %3 medicines, %4 packs.</translation>
    </message>
    <message>
        <source>Aucune spécialité ne correspond à «&#xa0;%1&#xa0;».</source>
        <translation>No medicine matches “%1”.</translation>
    </message>
    <message>
        <source>Rapport de l&apos;import…</source>
        <translation>Import report…</translation>
    </message>
    <message>
        <source>%1 (%2)&#xa0;: %3 lignes, %4 retenues, %5 refusées, %6 réparées.</source>
        <translation>%1 (%2): %3 lines, %4 kept, %5 refused, %6 repaired.</translation>
    </message>
    <message numerus="yes">
        <source>    %n code(s) CIS absent(s) de CIS_bdpm.txt (fichiers de dates différentes)&#xa0;: %1</source>
        <translation>
            <numerusform>    %n CIS code missing from CIS_bdpm.txt (files of different dates): %1</numerusform>
            <numerusform>    %n CIS codes missing from CIS_bdpm.txt (files of different dates): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Lignes refusées&#xa0;:</source>
        <translation>Lines refused:</translation>
    </message>
    <message>
        <source>%1, ligne %2&#xa0;: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>Rapport de l&apos;import du catalogue</source>
        <translation>Catalogue import report</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::DuplicatesDialog</name>
    <message>
        <source>Même NIR</source>
        <translation>Same NIR</translation>
    </message>
    <message>
        <source>Mêmes traits d&apos;identité</source>
        <translation>Same identity traits</translation>
    </message>
    <message>
        <source>Prénoms inversés</source>
        <translation>Given names swapped</translation>
    </message>
    <message>
        <source>Nom d&apos;usage et nom de naissance croisés</source>
        <translation>Used and birth names crossed</translation>
    </message>
    <message>
        <source>Nom proche, même date ou date voisine</source>
        <translation>Close name, same or nearby date</translation>
    </message>
    <message>
        <source>Dossiers proches</source>
        <translation>Similar files</translation>
    </message>
    <message>
        <source>Ces dossiers pourraient être ceux de la même personne. Vérifiez avec elle avant de créer un nouveau dossier&#xa0;: un doublon disperse son historique.</source>
        <translation>These files may belong to the same person. Check with them before creating a new file: a duplicate scatters their history.</translation>
    </message>
    <message>
        <source>Ces dossiers pourraient être ceux de la même personne que le dossier ouvert.</source>
        <translation>These files may belong to the same person as the open file.</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Naissance</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Pourquoi</source>
        <translation>Why</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n an(s))</source>
        <translation>
            <numerusform>%1 (%n year)</numerusform>
            <numerusform>%1 (%n years)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ouvrir ce dossier</source>
        <translation>Open this file</translation>
    </message>
    <message>
        <source>Créer quand même (personne différente)</source>
        <translation>Create anyway (a different person)</translation>
    </message>
    <message>
        <source>Fusionner dans le dossier ouvert…</source>
        <translation>Merge into the open file…</translation>
    </message>
    <message>
        <source>Retour à la saisie</source>
        <translation>Back to the form</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::ImportDialog</name>
    <message>
        <source>Aucun fichier choisi.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>Vérifier (essai à blanc)</source>
        <translation>Check (dry run)</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importer des patients d&apos;un autre logiciel</source>
        <translation>Import patients from other software</translation>
    </message>
    <message>
        <source>Fichier CSV exporté par le logiciel précédent (séparateur&#xa0;; , ou tabulation, encodage détecté). Vérifiez sous chaque colonne le champ qu&apos;elle remplit&#xa0;: la vérification ne crée rien, elle liste chaque ligne refusée et pourquoi.</source>
        <translation>CSV file exported by the previous software (separator ; , or tab, encoding detected). Check under each column the field it fills: the check creates nothing, it lists every refused line and why.</translation>
    </message>
    <message>
        <source>Choisir le fichier…</source>
        <translation>Choose the file…</translation>
    </message>
    <message>
        <source>Fichier à importer</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Motif du refus</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Lecture impossible&#xa0;: %1</source>
        <translation>Cannot read: %1</translation>
    </message>
    <message>
        <source>tabulation</source>
        <translation>tab</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n ligne(s), encodage %2, séparateur «&#xa0;%3&#xa0;»</source>
        <translation>
            <numerusform>%1 — %n line, encoding %2, separator “%3”</numerusform>
            <numerusform>%1 — %n lines, encoding %2, separator “%3”</numerusform>
        </translation>
    </message>
    <message>
        <source>(ignorer)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>Essai à blanc&#xa0;: %1 dossier(s) à importer, dont %2 proche(s) d&apos;un dossier existant (importés avec l&apos;attribut «&#xa0;Doublon potentiel&#xa0;» et proposés à la fusion)&#xa0;; %3 ligne(s) refusée(s), listées ci-dessous. Rien n&apos;a encore été enregistré.</source>
        <translation>Dry run: %1 file(s) to import, %2 of them close to an existing file (imported with the “Possible duplicate” attribute and proposed for merge); %3 line(s) refused, listed below. Nothing has been saved yet.</translation>
    </message>
    <message>
        <source>Import des dossiers…</source>
        <translation>Importing the files…</translation>
    </message>
    <message>
        <source>Arrêter après le lot en cours</source>
        <translation>Stop after the current batch</translation>
    </message>
    <message>
        <source>Import interrompu&#xa0;: %1 Les lots déjà importés sont conservés.</source>
        <translation>Import interrupted: %1 The batches already imported are kept.</translation>
    </message>
    <message>
        <source>Import arrêté à votre demande&#xa0;: %1 dossier(s) importé(s) en %2 lot(s)&#xa0;; les lots suivants n&apos;ont pas été importés.</source>
        <translation>Import stopped at your request: %1 file(s) imported in %2 batch(es); the following batches were not imported.</translation>
    </message>
    <message>
        <source>Import terminé&#xa0;: %1 dossier(s) importé(s) en %2 lot(s).</source>
        <translation>Import finished: %1 file(s) imported in %2 batch(es).</translation>
    </message>
    <message numerus="yes">
        <source>%n doublon(s) potentiel(s) à examiner&#xa0;: recherchez l&apos;attribut «&#xa0;Doublon potentiel&#xa0;» dans leur dossier.</source>
        <translation>
            <numerusform>%n possible duplicate to review: look for the “Possible duplicate” attribute in its file.</numerusform>
            <numerusform>%n possible duplicates to review: look for the “Possible duplicate” attribute in their files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossiers importés&#xa0;: préparation de la recherche…</source>
        <translation>Files imported: preparing search…</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::InsiDialog</name>
    <message>
        <source>Interroger le téléservice</source>
        <translation>Ask the teleservice</translation>
    </message>
    <message>
        <source>Adopter l&apos;identité INSi</source>
        <translation>Adopt the INSi identity</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Téléservice INSi — %1</source>
        <translation>INSi teleservice — %1</translation>
    </message>
    <message>
        <source>Le téléservice INSi de l&apos;Assurance maladie renvoie l&apos;identité nationale de santé (INS) et les traits de référence du patient. Il est interrogé avec votre carte CPS&#xa0;; l&apos;identité renvoyée n&apos;est adoptée qu&apos;après comparaison avec le patient et sa pièce d&apos;identité.</source>
        <translation>The Assurance maladie&apos;s INSi teleservice returns the patient&apos;s national health identity (INS) and reference traits. It is queried with your CPS card; the identity returned is adopted only after comparison with the patient and their identity document.</translation>
    </message>
    <message>
        <source>Le dossier ne porte pas encore d&apos;INS.</source>
        <translation>The file has no INS yet.</translation>
    </message>
    <message>
        <source>Opération</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>13 caractères, sans la clé</source>
        <translation>13 characters, without the key</translation>
    </message>
    <message>
        <source>AAAAMMJJ, telle que la carte la porte</source>
        <translation>YYYYMMDD, as the card holds it</translation>
    </message>
    <message>
        <source>N° de l&apos;assuré (ouvrant droit)</source>
        <translation>Insured person&apos;s number</translation>
    </message>
    <message>
        <source>Date de naissance du bénéficiaire</source>
        <translation>Beneficiary&apos;s date of birth</translation>
    </message>
    <message>
        <source>Rang de naissance</source>
        <translation>Birth rank</translation>
    </message>
    <message>
        <source>Trait</source>
        <translation>Trait</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Téléservice INSi</source>
        <translation>INSi teleservice</translation>
    </message>
    <message>
        <source>Comparaison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>J&apos;ai comparé ces traits avec le patient présent et sa pièce d&apos;identité&#xa0;: il s&apos;agit bien de lui.</source>
        <translation>I compared these traits with the patient present and their identity document: it is this person.</translation>
    </message>
    <message>
        <source>Le téléservice INSi n&apos;est pas configuré sur ce poste (officine.conf, section [insi])&#xa0;: l&apos;identité reste provisoire.</source>
        <translation>The INSi teleservice is not configured on this workstation (officine.conf, section [insi]): the identity stays provisional.</translation>
    </message>
    <message>
        <source>Le téléservice INSi s&apos;interroge avec votre carte CPS&#xa0;: connectez-vous avec votre carte.</source>
        <translation>The INSi teleservice is queried with your CPS card: sign in with your card.</translation>
    </message>
    <message>
        <source>Le téléservice INSi va être interrogé avec votre carte CPS&#xa0;: saisissez votre code porteur.</source>
        <translation>The INSi teleservice is about to be queried with your CPS card: type your PIN.</translation>
    </message>
    <message>
        <source>Interrogation du téléservice INSi…</source>
        <translation>Asking the INSi teleservice…</translation>
    </message>
    <message numerus="yes">
        <source>%n trait(s) diffère(nt) de ceux du dossier&#xa0;: l&apos;adoption les remplace, les valeurs saisies restent dans l&apos;historique.</source>
        <translation>
            <numerusform>%n trait differs from the file&apos;s: adopting replaces it, the value typed stays in the history.</numerusform>
            <numerusform>%n traits differ from the file&apos;s: adopting replaces them, the values typed stay in the history.</numerusform>
        </translation>
    </message>
    <message>
        <source>Une pièce d&apos;identité est déjà contrôlée&#xa0;: l&apos;identité deviendra qualifiée.</source>
        <translation>An identity document is already checked: the identity will become qualified.</translation>
    </message>
    <message>
        <source>Sans pièce d&apos;identité contrôlée, l&apos;identité deviendra récupérée.</source>
        <translation>Without a checked identity document, the identity will become retrieved.</translation>
    </message>
    <message>
        <source>(non renseigné)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>INS obtenu</source>
        <translation>INS obtained</translation>
    </message>
    <message>
        <source>≠ différent</source>
        <translation>≠ different</translation>
    </message>
    <message>
        <source>= identique</source>
        <translation>= same</translation>
    </message>
    <message>
        <source>Identité INSi adoptée&#xa0;: le dossier porte désormais l&apos;INS et les traits de référence.</source>
        <translation>INSi identity adopted: the file now holds the INS and the reference traits.</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::LockScreen</name>
    <message>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Ouvrir l&apos;officine</source>
        <translation>Open the pharmacy</translation>
    </message>
    <message>
        <source>Insérez votre carte CPS ou CPE</source>
        <translation>Insert your CPS or CPE card</translation>
    </message>
    <message>
        <source>Code porteur</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>4 chiffres</source>
        <translation>4 digits</translation>
    </message>
    <message>
        <source>Nouvelle officine</source>
        <translation>New pharmacy</translation>
    </message>
    <message>
        <source>N° FINESS de l&apos;officine (9 caractères)</source>
        <translation>The pharmacy&apos;s FINESS number (9 characters)</translation>
    </message>
    <message>
        <source>Lecture de la carte…</source>
        <translation>Reading the card…</translation>
    </message>
    <message>
        <source>Vérification du code porteur et de la carte…</source>
        <translation>Checking the PIN and the card…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n essai(s) restant(s) avant le blocage de la carte.</source>
        <translation>
            <numerusform>%n try left before the card is blocked.</numerusform>
            <numerusform>%n tries left before the card is blocked.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, votre carte de pharmacien ouvre cette officine dont vous serez le titulaire. Confirmez son numéro FINESS.</source>
        <translation>%1, your pharmacist&apos;s card opens this pharmacy, of which you will be the head pharmacist. Confirm its FINESS number.</translation>
    </message>
    <message>
        <source>Le poste est verrouillé&#xa0;: aucune donnée de santé n&apos;est affichée. Chaque membre de l&apos;équipe se connecte avec sa propre carte&#xa0;; retirer la carte verrouille le poste.</source>
        <translation>The workstation is locked: no health data is shown. Each staff member signs in with their own card; removing the card locks the workstation.</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Carte oubliée&#xa0;?</source>
        <translation>Forgot your card?</translation>
    </message>
    <message>
        <source>Connexion sans carte</source>
        <translation>Signing in without a card</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Code à usage unique (6 chiffres)</source>
        <translation>One-time code (6 digits)</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Aucun compte n&apos;est autorisé à se connecter sans carte&#xa0;: le titulaire l&apos;autorise compte par compte, depuis l&apos;Administration.</source>
        <translation>No account may sign in without a card: the head pharmacist allows it account by account, from Administration.</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::MainWindow</name>
    <message>
        <source>Officine — Pharmacie de démonstration (données fictives)</source>
        <translation>Officine — Demo pharmacy (fictitious data)</translation>
    </message>
    <message>
        <source>Officine</source>
        <translation>Officine</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Sauvegarder maintenant</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Paramètres…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Aller à</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Rechercher un patient</source>
        <translation>&amp;Find a patient</translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>À &amp;propos d&apos;Officine</source>
        <translation>&amp;About Officine</translation>
    </message>
    <message>
        <source>Base chiffrée ouverte</source>
        <translation>Encrypted database open</translation>
    </message>
    <message>
        <source>SQLCipher AES-256, schéma %1</source>
        <translation>SQLCipher AES-256, schema %1</translation>
    </message>
    <message numerus="yes">
        <source>%n modification(s) en attente</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronisation non configurée — %1</source>
        <translation>Sync not configured — %1</translation>
    </message>
    <message>
        <source>Sauvegarde quotidienne non configurée</source>
        <translation>Daily backup not configured</translation>
    </message>
    <message>
        <source>Sauvegarde en cours…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Aucune sauvegarde à ce jour</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <source>Échec de la sauvegarde du %1</source>
        <translation>Backup of %1 failed</translation>
    </message>
    <message>
        <source>Session verrouillée après une période d&apos;inactivité.</source>
        <translation>Session locked after a period of inactivity.</translation>
    </message>
    <message>
        <source>Session verrouillée.</source>
        <translation>Session locked.</translation>
    </message>
    <message>
        <source>&amp;Verrouiller le poste</source>
        <translation>&amp;Lock the workstation</translation>
    </message>
    <message>
        <source>Pharmacie de démonstration&#xa0;: toutes les personnes et données affichées sont fictives.</source>
        <translation>Demo pharmacy: every person and all data shown are fictitious.</translation>
    </message>
    <message>
        <source>Carte retirée&#xa0;: session verrouillée.</source>
        <translation>Card removed: session locked.</translation>
    </message>
    <message>
        <source>Session&#xa0;: %1</source>
        <translation>Session: %1</translation>
    </message>
    <message>
        <source>Poste verrouillé&#xa0;: réinsérez votre carte</source>
        <translation>Workstation locked: insert your card again</translation>
    </message>
    <message>
        <source>Aucune session&#xa0;: insérez votre carte CPS ou CPE</source>
        <translation>No session: insert your CPS or CPE card</translation>
    </message>
    <message>
        <source>Dernière sauvegarde&#xa0;: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <source>Dernière sauvegarde&#xa0;: %1 (en retard)</source>
        <translation>Last backup: %1 (overdue)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Démonstration&lt;/b&gt;&#xa0;: insérez une carte émulée depuis un terminal avec &lt;code&gt;scripts/demo-card.sh insert titulaire&lt;/code&gt; (code porteur 1234), &lt;code&gt;pharmacien&lt;/code&gt; (2345) ou &lt;code&gt;preparateur&lt;/code&gt; (3456)&#xa0;; &lt;code&gt;scripts/demo-card.sh remove&lt;/code&gt; la retire.</source>
        <translation>&lt;b&gt;Demo&lt;/b&gt;: insert an emulated card from a terminal with &lt;code&gt;scripts/demo-card.sh insert titulaire&lt;/code&gt; (PIN 1234), &lt;code&gt;pharmacien&lt;/code&gt; (2345) or &lt;code&gt;preparateur&lt;/code&gt; (3456); &lt;code&gt;scripts/demo-card.sh remove&lt;/code&gt; removes it.</translation>
    </message>
    <message>
        <source>Connexion sans &amp;carte…</source>
        <translation>Sign in without a &amp;card…</translation>
    </message>
    <message>
        <source>Journal de traçabilité</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>La vérification du journal de traçabilité a échoué&#xa0;: des entrées ont été modifiées, supprimées ou réordonnées en dehors d&apos;Officine.</source>
        <translation>The audit trail verification failed: entries were modified, deleted or reordered outside Officine.</translation>
    </message>
    <message>
        <source>%1

Conservez les sauvegardes antérieures, exportez le journal (officine-cli audit export) et signalez l&apos;incident à votre prestataire et, s&apos;il s&apos;agit d&apos;une violation de données personnelles, à la CNIL dans les 72 heures (RGPD, article 33).</source>
        <translation>%1

Keep the earlier backups, export the trail (officine-cli audit export) and report the incident to your provider and, if it is a personal data breach, to the CNIL within 72 hours (GDPR, article 33).</translation>
    </message>
    <message>
        <source>Le journal de traçabilité n&apos;a pas pu être vérifié au démarrage.</source>
        <translation>The audit trail could not be verified at start-up.</translation>
    </message>
    <message>
        <source>%1

Vérifiez-le avec «&#xa0;officine-cli audit verify&#xa0;».</source>
        <translation>%1

Verify it with “officine-cli audit verify”.</translation>
    </message>
    <message>
        <source>Journal de traçabilité signé par la carte jusqu&apos;à l&apos;entrée n° %1.</source>
        <translation>Audit trail signed by the card up to entry no. %1.</translation>
    </message>
    <message>
        <source>Le journal n&apos;a pas été signé&#xa0;: %1</source>
        <translation>The audit trail was not signed: %1</translation>
    </message>
    <message>
        <source>Si&amp;gner le journal de traçabilité…</source>
        <translation>Si&amp;gn the audit trail…</translation>
    </message>
    <message>
        <source>Le journal de traçabilité de ce poste va être signé avec votre carte CPS, insérée dans le lecteur %1&#xa0;: saisissez votre code porteur.</source>
        <translation>This workstation&apos;s audit trail will be signed with your CPS card, in reader %1: type your PIN.</translation>
    </message>
    <message>
        <source>Signature du journal par la carte…</source>
        <translation>The card is signing the audit trail…</translation>
    </message>
    <message>
        <source>Traçabilité&#xa0;: vérification en cours…</source>
        <translation>Audit trail: verifying…</translation>
    </message>
    <message>
        <source>Traçabilité intacte</source>
        <translation>Audit trail intact</translation>
    </message>
    <message>
        <source>Traçabilité ALTÉRÉE</source>
        <translation>Audit trail TAMPERED WITH</translation>
    </message>
    <message>
        <source>Traçabilité non vérifiée</source>
        <translation>Audit trail not verified</translation>
    </message>
    <message>
        <source>S&amp;ynchronisation…</source>
        <translation>S&amp;ync…</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::OwnCredentialsDialog</name>
    <message>
        <source>Connexion sans carte</source>
        <translation>Signing in without a card</translation>
    </message>
    <message>
        <source>code à 6 chiffres de l&apos;application</source>
        <translation>6-digit code from the app</translation>
    </message>
    <message>
        <source>Pour les jours où votre carte est restée chez vous&#xa0;: un mot de passe et un code à usage unique d&apos;une application d&apos;authentification (FreeOTP, Aegis…). Le titulaire doit ensuite autoriser ce mode pour votre compte&#xa0;; chaque connexion sans carte est enregistrée.</source>
        <translation>For the days your card stayed at home: a password and a one-time code from an authenticator app (FreeOTP, Aegis…). The head pharmacist must then allow this for your account; every sign-in without a card is recorded.</translation>
    </message>
    <message>
        <source>Clé à saisir à la main&#xa0;: %1</source>
        <translation>Key to type by hand: %1</translation>
    </message>
    <message>
        <source>Mot de passe&#xa0;:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Confirmation&#xa0;:</source>
        <translation>Confirm:</translation>
    </message>
    <message>
        <source>Code affiché&#xa0;:</source>
        <translation>Code shown:</translation>
    </message>
    <message>
        <source>Les deux saisies du mot de passe diffèrent.</source>
        <translation>The two password entries differ.</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::PatientFileView</name>
    <message>
        <source>← Liste des patients</source>
        <translation>← Patient list</translation>
    </message>
    <message>
        <source>Revenir à la recherche (Échap)</source>
        <translation>Back to the search (Esc)</translation>
    </message>
    <message>
        <source>Déposez une photo ici, ou choisissez-la dans l&apos;onglet Données cliniques</source>
        <translation>Drop a photo here, or choose it in the Clinical data tab</translation>
    </message>
    <message>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Coordonnées</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Données cliniques</source>
        <translation>Clinical data</translation>
    </message>
    <message>
        <source>Historique des modifications</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Droits du patient</source>
        <translation>Patient&apos;s rights</translation>
    </message>
    <message>
        <source>Historique des accès</source>
        <translation>Access history</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler les modifications</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Traits stricts (pièce d&apos;identité, INSi)</source>
        <translation>Strict traits (identity document, INSi)</translation>
    </message>
    <message>
        <source>Nom de naissance</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <source>Prénoms de naissance</source>
        <translation>Birth given names</translation>
    </message>
    <message>
        <source>tous, dans l&apos;ordre de la pièce</source>
        <translation>all of them, in the document&apos;s order</translation>
    </message>
    <message>
        <source>Premier prénom</source>
        <translation>First given name</translation>
    </message>
    <message>
        <source>le premier de la liste</source>
        <translation>the first of the list</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>JJ/MM/AAAA, 00 si inconnu</source>
        <translation>DD/MM/YYYY, 00 if unknown</translation>
    </message>
    <message>
        <source>Lieu de naissance (code INSEE)</source>
        <translation>Place of birth (INSEE code)</translation>
    </message>
    <message>
        <source>commune (75115, 2A004) ou 99 + pays (99109)</source>
        <translation>town (75115, 2A004) or 99 + country (99109)</translation>
    </message>
    <message>
        <source>Traits complémentaires</source>
        <translation>Complementary traits</translation>
    </message>
    <message>
        <source>Nom d&apos;usage</source>
        <translation>Used name</translation>
    </message>
    <message>
        <source>Prénom utilisé</source>
        <translation>Used first name</translation>
    </message>
    <message>
        <source>Identifiant national de santé</source>
        <translation>National health identifier</translation>
    </message>
    <message>
        <source>Matricule INS (NIR)</source>
        <translation>INS number (NIR)</translation>
    </message>
    <message>
        <source>15 caractères, clé comprise</source>
        <translation>15 characters, key included</translation>
    </message>
    <message>
        <source>Vigilance d&apos;identité</source>
        <translation>Identity vigilance</translation>
    </message>
    <message>
        <source>Pièce d&apos;identité contrôlée…</source>
        <translation>Identity document checked…</translation>
    </message>
    <message>
        <source>Rechercher les doublons…</source>
        <translation>Look for duplicates…</translation>
    </message>
    <message>
        <source>Attributs d&apos;identité</source>
        <translation>Identity attributes</translation>
    </message>
    <message>
        <source>Rectification d&apos;identité</source>
        <translation>Identity rectification</translation>
    </message>
    <message>
        <source>Déclaration du patient</source>
        <translation>Patient&apos;s statement</translation>
    </message>
    <message>
        <source>Pièce d&apos;identité</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>Équipe de l&apos;officine</source>
        <translation>Pharmacy team</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>obligatoire pour rectifier l&apos;identité</source>
        <translation>required to rectify the identity</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Complément d&apos;adresse</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <source>bâtiment, étage…</source>
        <translation>building, floor…</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Téléphone fixe</source>
        <translation>Landline</translation>
    </message>
    <message>
        <source>01 23 45 67 89 ou +33…</source>
        <translation>01 23 45 67 89 or +33…</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>06 ou 07…</source>
        <translation>06 or 07…</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>nom@domaine.fr</source>
        <translation>name@domain.fr</translation>
    </message>
    <message>
        <source>Allergies et intolérances</source>
        <translation>Allergies and intolerances</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Substance ou médicament</source>
        <translation>Substance or drug</translation>
    </message>
    <message>
        <source>Réaction</source>
        <translation>Reaction</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Retirer la ligne</source>
        <translation>Remove the row</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Médecin traitant</source>
        <translation>Attending physician</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>RPPS</source>
        <translation>RPPS</translation>
    </message>
    <message>
        <source>11 chiffres</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <source>Établissement (EHPAD…)</source>
        <translation>Care facility (nursing home…)</translation>
    </message>
    <message>
        <source>FINESS</source>
        <translation>FINESS</translation>
    </message>
    <message>
        <source>9 caractères</source>
        <translation>9 characters</translation>
    </message>
    <message>
        <source>Chambre</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Choisir une photo…</source>
        <translation>Choose a photo…</translation>
    </message>
    <message>
        <source>Retirer la photo</source>
        <translation>Remove the photo</translation>
    </message>
    <message>
        <source>Chaque modification de l&apos;identité, des coordonnées ou des données cliniques, avec les valeurs précédentes, qui l&apos;a faite, quand, pourquoi et sur quelle source.</source>
        <translation>Every change of identity, contact or clinical data, with the previous values, who made it, when, why and on what source.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Directives post-mortem…</source>
        <translation>Post-mortem directives…</translation>
    </message>
    <message>
        <source>Demande d&apos;effacement…</source>
        <translation>Erasure request…</translation>
    </message>
    <message>
        <source>Demandes et décisions du patient</source>
        <translation>Patient&apos;s requests and decisions</translation>
    </message>
    <message>
        <source>Droit</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Suite</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Nouveau patient</source>
        <translation>New patient</translation>
    </message>
    <message>
        <source>Saisissez l&apos;identité telle qu&apos;elle figure sur la pièce d&apos;identité&#xa0;; les dossiers proches sont proposés avant la création.</source>
        <translation>Type the identity as it appears on the identity document; similar files are shown before the file is created.</translation>
    </message>
    <message>
        <source>Le dossier sera créé avec une identité provisoire&#xa0;; la pièce d&apos;identité et l&apos;INSi l&apos;élèveront ensuite.</source>
        <translation>The file will be created with a provisional identity; the identity document and INSi will raise it later.</translation>
    </message>
    <message>
        <source>Né le %1</source>
        <translation>Born on %1</translation>
    </message>
    <message>
        <source>Née le %1</source>
        <translation>Born on %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n an(s))</source>
        <translation>
            <numerusform>%1 (%n year)</numerusform>
            <numerusform>%1 (%n years)</numerusform>
        </translation>
    </message>
    <message>
        <source>NIR %1</source>
        <translation>NIR %1</translation>
    </message>
    <message>
        <source>Pièce contrôlée&#xa0;: %1, par %2 le %3.</source>
        <translation>Document checked: %1, by %2 on %3.</translation>
    </message>
    <message>
        <source>Pièce du parent&#xa0;: %1.</source>
        <translation>Parent&apos;s document: %1.</translation>
    </message>
    <message>
        <source>Dossier limité depuis le %1 à la demande du patient&#xa0;: consultation seule, aucune modification tant que la limitation n&apos;est pas levée. Motif&#xa0;: %2</source>
        <translation>File restricted since %1 at the patient&apos;s request: read only, no change until the restriction is lifted. Reason: %2</translation>
    </message>
    <message>
        <source>Opposition au partage enregistrée le %1.</source>
        <translation>Objection to sharing recorded on %1.</translation>
    </message>
    <message>
        <source>Consentement au partage retiré le %1.</source>
        <translation>Consent to sharing withdrawn on %1.</translation>
    </message>
    <message>
        <source>Attribut d&apos;identité&#xa0;: %1.</source>
        <translation>Identity attribute: %1.</translation>
    </message>
    <message>
        <source>Limitation&#xa0;: en cours depuis le %1.</source>
        <translation>Restriction: in force since %1.</translation>
    </message>
    <message>
        <source>Limitation&#xa0;: aucune.</source>
        <translation>Restriction: none.</translation>
    </message>
    <message>
        <source>Opposition au partage&#xa0;: depuis le %1.</source>
        <translation>Objection to sharing: since %1.</translation>
    </message>
    <message>
        <source>Opposition au partage&#xa0;: aucune.</source>
        <translation>Objection to sharing: none.</translation>
    </message>
    <message>
        <source>Consentement au partage&#xa0;: retiré le %1.</source>
        <translation>Consent to sharing: withdrawn on %1.</translation>
    </message>
    <message>
        <source>Consentement au partage&#xa0;: donné.</source>
        <translation>Consent to sharing: given.</translation>
    </message>
    <message>
        <source>Directives post-mortem&#xa0;: aucune.</source>
        <translation>Post-mortem directives: none.</translation>
    </message>
    <message>
        <source>Directives post-mortem (%1)&#xa0;: %2</source>
        <translation>Post-mortem directives (%1): %2</translation>
    </message>
    <message>
        <source>Lever la limitation…</source>
        <translation>Lift the restriction…</translation>
    </message>
    <message>
        <source>Limiter le dossier…</source>
        <translation>Restrict the file…</translation>
    </message>
    <message>
        <source>Lever l&apos;opposition</source>
        <translation>Lift the objection</translation>
    </message>
    <message>
        <source>Opposition au partage…</source>
        <translation>Objection to sharing…</translation>
    </message>
    <message>
        <source>Consentement donné à nouveau</source>
        <translation>Consent given again</translation>
    </message>
    <message>
        <source>Retrait du consentement…</source>
        <translation>Consent withdrawal…</translation>
    </message>
    <message>
        <source>(dossier fusionné)</source>
        <translation>(merged file)</translation>
    </message>
    <message>
        <source>Conservation obligatoire jusqu&apos;au %1</source>
        <translation>Must be kept until %1</translation>
    </message>
    <message>
        <source>Refusée</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Faite</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Pas de
photo</source>
        <translation>No
photo</translation>
    </message>
    <message>
        <source>Allergie</source>
        <translation>Allergy</translation>
    </message>
    <message>
        <source>Intolérance</source>
        <translation>Intolerance</translation>
    </message>
    <message>
        <source>Créer le dossier</source>
        <translation>Create the file</translation>
    </message>
    <message>
        <source>Enregistré.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Corrigez les champs signalés en rouge&#xa0;: rien n&apos;a été enregistré.</source>
        <translation>Correct the fields marked in red: nothing was saved.</translation>
    </message>
    <message>
        <source>Création suspendue&#xa0;: rien n&apos;a été enregistré.</source>
        <translation>Creation suspended: nothing was saved.</translation>
    </message>
    <message>
        <source>Dossier créé.</source>
        <translation>File created.</translation>
    </message>
    <message>
        <source>Aucune modification à enregistrer.</source>
        <translation>No change to save.</translation>
    </message>
    <message>
        <source>Photo du patient</source>
        <translation>Patient&apos;s photo</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Cette image ne peut pas être lue&#xa0;: choisissez un fichier JPEG ou PNG.</source>
        <translation>This image cannot be read: choose a JPEG or PNG file.</translation>
    </message>
    <message>
        <source>Pièce d&apos;identité contrôlée</source>
        <translation>Identity document checked</translation>
    </message>
    <message>
        <source>Vous avez vu l&apos;original de la pièce et vérifié qu&apos;elle correspond aux traits stricts du dossier et à la personne présente.</source>
        <translation>You saw the original document and checked that it matches the file&apos;s strict traits and the person present.</translation>
    </message>
    <message>
        <source>Pièce</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Pièce du parent (mineur)</source>
        <translation>Parent&apos;s document (minor)</translation>
    </message>
    <message>
        <source>Enregistrer le contrôle</source>
        <translation>Record the check</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Aucun dossier proche de celui-ci.</source>
        <translation>No file close to this one.</translation>
    </message>
    <message>
        <source>Fusionner les dossiers</source>
        <translation>Merge the files</translation>
    </message>
    <message>
        <source>Le dossier choisi sera absorbé par celui-ci, qui garde son identité&#xa0;; son historique et ses demandes y seront rattachés.
Motif de la fusion&#xa0;:</source>
        <translation>The chosen file will be absorbed by this one, which keeps its identity; its history and requests will be attached to it.
Reason for the merge:</translation>
    </message>
    <message>
        <source>Limiter le dossier</source>
        <translation>Restrict the file</translation>
    </message>
    <message>
        <source>Lever la limitation</source>
        <translation>Lift the restriction</translation>
    </message>
    <message>
        <source>Le dossier ne pourra plus être modifié jusqu&apos;à la levée de la limitation.
Motif (contestation de l&apos;exactitude, opposition en cours…)&#xa0;:</source>
        <translation>The file cannot be changed until the restriction is lifted.
Reason (accuracy contested, objection pending…):</translation>
    </message>
    <message>
        <source>Motif de la levée&#xa0;:</source>
        <translation>Reason for lifting it:</translation>
    </message>
    <message>
        <source>Opposition au partage</source>
        <translation>Objection to sharing</translation>
    </message>
    <message>
        <source>Le patient s&apos;oppose au partage de ses données avec son cercle de soins.
Précisions (facultatif)&#xa0;:</source>
        <translation>The patient objects to sharing their data with their care circle.
Details (optional):</translation>
    </message>
    <message>
        <source>Retrait du consentement</source>
        <translation>Consent withdrawal</translation>
    </message>
    <message>
        <source>Le patient retire son consentement au partage de ses données de santé.
Précisions (facultatif)&#xa0;:</source>
        <translation>The patient withdraws their consent to sharing their health data.
Details (optional):</translation>
    </message>
    <message>
        <source>Directives post-mortem</source>
        <translation>Post-mortem directives</translation>
    </message>
    <message>
        <source>Ce que le patient demande pour ses données après son décès (conservation, effacement, communication à une personne désignée)&#xa0;:</source>
        <translation>What the patient asks for their data after their death (keeping, erasure, disclosure to a designated person):</translation>
    </message>
    <message>
        <source>Demande d&apos;effacement</source>
        <translation>Erasure request</translation>
    </message>
    <message>
        <source>La demande est enregistrée dans tous les cas. Si aucune durée légale de conservation ne court, le dossier sera effacé définitivement (seule une trace sans donnée de santé subsiste).
Forme de la demande (courrier, au comptoir…)&#xa0;:</source>
        <translation>The request is recorded in any case. If no legal retention period runs, the file will be erased for good (only a trace without health data remains).
How the request was made (letter, at the counter…):</translation>
    </message>
    <message>
        <source>Dossier effacé</source>
        <translation>File erased</translation>
    </message>
    <message>
        <source>Le dossier a été effacé. La demande reste inscrite dans le registre des droits.</source>
        <translation>The file was erased. The request stays in the rights register.</translation>
    </message>
    <message>
        <source>Copie du dossier pour le patient (PDF)…</source>
        <translation>Copy of the file for the patient (PDF)…</translation>
    </message>
    <message>
        <source>Export portable (FHIR R4, JSON)…</source>
        <translation>Portable export (FHIR R4, JSON)…</translation>
    </message>
    <message>
        <source>Copie du dossier patient</source>
        <translation>Copy of the patient file</translation>
    </message>
    <message>
        <source>Écriture du fichier impossible.</source>
        <translation>Cannot write the file.</translation>
    </message>
    <message>
        <source>Copie du dossier pour le patient</source>
        <translation>Copy of the file for the patient</translation>
    </message>
    <message>
        <source>copie-dossier.pdf</source>
        <translation>file-copy.pdf</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Copie du dossier enregistrée&#xa0;; la remise est inscrite dans les droits du patient.</source>
        <translation>Copy of the file saved; handing it over is recorded in the patient&apos;s rights.</translation>
    </message>
    <message>
        <source>Export portable du dossier</source>
        <translation>Portable export of the file</translation>
    </message>
    <message>
        <source>dossier-patient.json</source>
        <translation>patient-file.json</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>Export FHIR enregistré&#xa0;; il est inscrit dans les droits du patient.</source>
        <translation>FHIR export saved; it is recorded in the patient&apos;s rights.</translation>
    </message>
    <message>
        <source>Interroger l&apos;INSi…</source>
        <translation>Ask INSi…</translation>
    </message>
    <message>
        <source>Récupérer ou vérifier l&apos;INS auprès du téléservice INSi, avec votre carte CPS.</source>
        <translation>Retrieve or verify the INS with the INSi teleservice, using your CPS card.</translation>
    </message>
    <message>
        <source>Enregistrez d&apos;abord les modifications en cours&#xa0;: le téléservice est interrogé avec les traits enregistrés du dossier.</source>
        <translation>Save the changes in progress first: the teleservice is asked with the file&apos;s saved traits.</translation>
    </message>
    <message>
        <source>Résultat INSi enregistré.</source>
        <translation>INSi result recorded.</translation>
    </message>
    <message>
        <source>INSi&#xa0;: %1, par %2 le %3.</source>
        <translation>INSi: %1, by %2 on %3.</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::PatientTableModel</name>
    <message numerus="yes">
        <source>%1 (%n an(s))</source>
        <translation>
            <numerusform>%1 (%n year)</numerusform>
            <numerusform>%1 (%n years)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Naissance</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>%1 (dit %2)</source>
        <translation>%1 (known as %2)</translation>
    </message>
    <message>
        <source>%1 · limité</source>
        <translation>%1 · restricted</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::PatientsPage</name>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) dans l&apos;officine</source>
        <translation>
            <numerusform>%n patient in the pharmacy</numerusform>
            <numerusform>%n patients in the pharmacy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n affiché(s)&#xa0;; tapez un nom pour chercher.</source>
        <translation>
            <numerusform> — %n shown; type a name to search.</numerusform>
            <numerusform> — %n shown; type a name to search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plus de %n résultats&#xa0;: précisez la recherche.</source>
        <translation>
            <numerusform>More than %n result: narrow the search.</numerusform>
            <numerusform>More than %n results: narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n résultat(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>Nouveau patient</source>
        <translation>New patient</translation>
    </message>
    <message>
        <source>Nom, prénom, date de naissance (12/03/1948, 120348, 03/1948) ou NIR — ↓ puis Entrée pour ouvrir</source>
        <translation>Name, first name, date of birth (12/03/1948, 120348, 03/1948) or NIR — ↓ then Enter to open</translation>
    </message>
    <message>
        <source>Créer un dossier (Ctrl+N)</source>
        <translation>Create a file (Ctrl+N)</translation>
    </message>
    <message>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Les modifications saisies dans ce dossier n&apos;ont pas été enregistrées.</source>
        <translation>The changes typed in this file were not saved.</translation>
    </message>
    <message>
        <source>Revenir au dossier</source>
        <translation>Back to the file</translation>
    </message>
    <message>
        <source>Abandonner les modifications</source>
        <translation>Discard the changes</translation>
    </message>
    <message>
        <source>Importer…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Importer les patients d&apos;un autre logiciel (fichier CSV)</source>
        <translation>Import patients from other software (CSV file)</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::PinDialog</name>
    <message>
        <source>Code porteur</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>4 chiffres</source>
        <translation>4 digits</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::PlaceholderPage</name>
    <message>
        <source>Cette partie d&apos;Officine arrive dans une prochaine version.</source>
        <translation>This part of Officine comes in a later version.</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::PosologyEdit</name>
    <message>
        <source>Posologie&#xa0;: 1-0-1 pendant 7 jours, 1 cp si besoin max 3/j…</source>
        <translation>Posology: 1-0-1 pendant 7 jours, 1 cp si besoin max 3/j… (typed in French)</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::RetentionDialog</name>
    <message>
        <source>Durées de conservation</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <source>Chaque catégorie reste d&apos;abord dans la base active, puis passe en archive&#xa0;: les dossiers archivés disparaissent des écrans et des recherches, et ne s&apos;ouvrent que sur une justification écrite, tracée. À la fin de l&apos;archive, ils sont supprimés ou anonymisés. Les durées ne peuvent pas descendre sous le minimum légal.</source>
        <translation>Each category first stays in the active base, then moves to the archive: archived records disappear from screens and searches, and open only on a written, recorded justification. At the end of the archive period they are deleted or anonymised. The periods cannot go below the legal minimum.</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Base active</source>
        <translation>Active base</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>À l&apos;échéance</source>
        <translation>At the end</translation>
    </message>
    <message>
        <source>Minimum légal</source>
        <translation>Legal minimum</translation>
    </message>
    <message>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <source>%1 au total</source>
        <translation>%1 in total</translation>
    </message>
    <message>
        <source>Seul le titulaire peut modifier les durées de conservation.</source>
        <translation>Only the head pharmacist can change the retention periods.</translation>
    </message>
    <message>
        <source>%1&#xa0;: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::SettingsDialog</name>
    <message>
        <source>Paramètres de l&apos;officine</source>
        <translation>Pharmacy settings</translation>
    </message>
    <message>
        <source>Disque réseau (NAS) ou support amovible</source>
        <translation>Network drive (NAS) or removable drive</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source> sauvegardes</source>
        <translation> backups</translation>
    </message>
    <message>
        <source> h</source>
        <translation>:00</translation>
    </message>
    <message>
        <source>Laisser vide pour garder l&apos;actuelle</source>
        <translation>Leave empty to keep the current one</translation>
    </message>
    <message>
        <source>Une phrase de passe est enregistrée dans le trousseau du système.</source>
        <translation>A passphrase is stored in the system keychain.</translation>
    </message>
    <message>
        <source>Aucune phrase de passe&#xa0;: la sauvegarde quotidienne ne peut pas fonctionner.</source>
        <translation>No passphrase: the daily backup cannot work.</translation>
    </message>
    <message>
        <source>Général</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Langue (au prochain démarrage)&#xa0;:</source>
        <translation>Language (at next start):</translation>
    </message>
    <message>
        <source>Sauvegarde quotidienne chiffrée</source>
        <translation>Encrypted daily backup</translation>
    </message>
    <message>
        <source>Dossier&#xa0;:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Conserver&#xa0;:</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <source>À partir de&#xa0;:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Phrase de passe&#xa0;:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Confirmation&#xa0;:</source>
        <translation>Confirm:</translation>
    </message>
    <message>
        <source>La phrase de passe protège les sauvegardes hors du poste&#xa0;; elle seule permet de restaurer sur un nouveau poste après la perte de celui-ci. Notez-la et gardez-la en lieu sûr.</source>
        <translation>The passphrase protects backups once they leave the workstation; it alone lets you restore onto a new workstation after losing this one. Write it down and keep it safe.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Serveur Officine (hébergeur HDS)&#xa0;:</source>
        <translation>Officine server (HDS host):</translation>
    </message>
    <message>
        <source>Seul le titulaire peut modifier ces paramètres.</source>
        <translation>Only the head pharmacist can change these settings.</translation>
    </message>
    <message>
        <source>Dossier des sauvegardes</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Les deux saisies de la phrase de passe diffèrent.</source>
        <translation>The two passphrase entries differ.</translation>
    </message>
    <message>
        <source> secondes</source>
        <translation> seconds</translation>
    </message>
    <message>
        <source>Verrouillage du poste après cette durée sans activité. Le guide RGPD des professionnels de santé recommande 30 secondes pour un écran partagé.</source>
        <translation>The workstation locks after this long without activity. The GDPR guide for health professionals recommends 30 seconds for a shared screen.</translation>
    </message>
    <message>
        <source>Verrouillage après inactivité&#xa0;:</source>
        <translation>Lock after inactivity:</translation>
    </message>
    <message>
        <source>Module PKCS#11 des cartes&#xa0;:</source>
        <translation>Cards&apos; PKCS#11 module:</translation>
    </message>
    <message>
        <source>profil de carte d&apos;Officine (aucun module PKCS#11)</source>
        <translation>Officine&apos;s card profile (no PKCS#11 module)</translation>
    </message>
    <message>
        <source>Fixé par le profil de démonstration.</source>
        <translation>Set by the demo profile.</translation>
    </message>
    <message>
        <source>Fixé par l&apos;administrateur du poste dans %1.</source>
        <translation>Set by the workstation&apos;s administrator in %1.</translation>
    </message>
    <message>
        <source>non configuré</source>
        <translation>not configured</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::StaffAccountDialog</name>
    <message>
        <source>Lire la carte</source>
        <translation>Read the card</translation>
    </message>
    <message>
        <source>Aucune carte associée.</source>
        <translation>No card bound.</translation>
    </message>
    <message>
        <source>Nouveau compte de l&apos;équipe</source>
        <translation>New team account</translation>
    </message>
    <message>
        <source>11 chiffres (pharmaciens)</source>
        <translation>11 digits (pharmacists)</translation>
    </message>
    <message>
        <source>Nom&#xa0;:</source>
        <translation>Family name:</translation>
    </message>
    <message>
        <source>Prénom&#xa0;:</source>
        <translation>Given name:</translation>
    </message>
    <message>
        <source>Rôle&#xa0;:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>RPPS&#xa0;:</source>
        <translation>RPPS:</translation>
    </message>
    <message>
        <source>Carte dans le lecteur&#xa0;:</source>
        <translation>Card in the reader:</translation>
    </message>
    <message>
        <source>Gardez votre carte dans son lecteur&#xa0;; insérez la carte CPS ou CPE du nouveau membre dans un autre lecteur, puis «&#xa0;Lire la carte&#xa0;».</source>
        <translation>Keep your card in its reader; insert the new member&apos;s CPS or CPE card into another reader, then “Read the card”.</translation>
    </message>
    <message>
        <source>Carte de %1 %2 (identifiant %3), valable jusqu&apos;au %4.</source>
        <translation>Card of %1 %2 (identifier %3), valid until %4.</translation>
    </message>
    <message>
        <source>Aucune autre carte insérée</source>
        <translation>No other card inserted</translation>
    </message>
    <message>
        <source>Lecture de la carte…</source>
        <translation>Reading the card…</translation>
    </message>
    <message>
        <source>Compte de %1</source>
        <translation>Account of %1</translation>
    </message>
    <message>
        <source>Carte associée&#xa0;: identifiant %1.</source>
        <translation>Bound card: identifier %1.</translation>
    </message>
</context>
<context>
    <name>Officine::Ui::SyncDialog</name>
    <message>
        <source>Synchroniser maintenant</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Suppressions à confirmer</source>
        <translation>Deletions to confirm</translation>
    </message>
    <message>
        <source>Confirmer les suppressions</source>
        <translation>Confirm the deletions</translation>
    </message>
    <message>
        <source>Conflits à résoudre</source>
        <translation>Conflicts to resolve</translation>
    </message>
    <message>
        <source>Garder la valeur de ce poste</source>
        <translation>Keep this workstation&apos;s value</translation>
    </message>
    <message>
        <source>Prendre la valeur de l&apos;autre poste</source>
        <translation>Take the other workstation&apos;s value</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Valeur de ce poste</source>
        <translation>This workstation&apos;s value</translation>
    </message>
    <message>
        <source>Valeur de l&apos;autre poste</source>
        <translation>Other workstation&apos;s value</translation>
    </message>
    <message>
        <source>Modifiée par</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Le</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Le même champ a été modifié sur ce poste et sur un autre. Tant que vous n&apos;avez pas choisi, ce poste garde sa valeur et n&apos;envoie pas ce dossier. Sélectionnez une ou plusieurs lignes, puis choisissez la valeur à retenir.</source>
        <translation>The same field was changed on this workstation and on another. Until you choose, this workstation keeps its value and does not send this file. Select one or more rows, then choose the value to keep.</translation>
    </message>
    <message>
        <source>Dernières synchronisations</source>
        <translation>Latest syncs</translation>
    </message>
    <message>
        <source>Dernière synchronisation réussie&#xa0;: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <source>Prochain essai&#xa0;: %1</source>
        <translation>Next attempt: %1</translation>
    </message>
    <message>
        <source>Serveur&#xa0;: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Le serveur supprimerait %1 enregistrement(s) sur les %2 de ce poste (%3). Rien n&apos;a été supprimé&#xa0;: le titulaire vérifie d&apos;abord que ces suppressions sont voulues.</source>
        <translation>The server would delete %1 of this workstation&apos;s %2 records (%3). Nothing was deleted: the owner first checks that these deletions are intended.</translation>
    </message>
    <message>
        <source>dossiers patients</source>
        <translation>patient files</translation>
    </message>
    <message>
        <source>%1 (poste …%2)</source>
        <translation>%1 (workstation …%2)</translation>
    </message>
    <message>
        <source>Aucun conflit à résoudre</source>
        <translation>No conflict to resolve</translation>
    </message>
    <message numerus="yes">
        <source>%n conflit(s) à résoudre</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossiers à fusionner</source>
        <translation>Files to merge</translation>
    </message>
    <message>
        <source>Fusionner les deux dossiers</source>
        <translation>Merge the two files</translation>
    </message>
    <message>
        <source>Ce sont deux personnes différentes</source>
        <translation>They are two different people</translation>
    </message>
    <message>
        <source>Dossier conservé</source>
        <translation>File kept</translation>
    </message>
    <message>
        <source>Dossier fusionné dans le premier</source>
        <translation>File merged into the first</translation>
    </message>
    <message>
        <source>Pourquoi</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Ces dossiers ont été créés sur ce poste et sur un autre pendant que ni l&apos;un ni l&apos;autre ne voyait le dossier de l&apos;autre. S&apos;il s&apos;agit de la même personne, fusionnez-les&#xa0;: le dossier créé le premier est conservé et reçoit ce qui manquait.</source>
        <translation>These files were created on this workstation and on another one while neither could see the other&apos;s file. If they are the same person, merge them: the file created first is kept and receives what it lacked.</translation>
    </message>
    <message numerus="yes">
        <source>%n paire(s) de dossiers à fusionner&#xa0;?</source>
        <translation>
            <numerusform>%n pair of files to merge?</numerusform>
            <numerusform>%n pairs of files to merge?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Officine::Ui::Workspace</name>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Ordonnances</source>
        <translation>Prescriptions</translation>
    </message>
    <message>
        <source>Préparation des piluliers</source>
        <translation>Pill organiser preparation</translation>
    </message>
    <message>
        <source>Cercle de soins</source>
        <translation>Care circle</translation>
    </message>
    <message>
        <source>Traçabilité</source>
        <translation>Traceability</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Préparation des doses à administrer semaine par semaine, traçabilité de chaque boîte par son code DataMatrix (code produit, lot, péremption, numéro de série) et double contrôle par un pharmacien.</source>
        <translation>Week-by-week preparation of doses to administer, traceability of every box through its DataMatrix code (product code, lot, expiry, serial number) and a pharmacist&apos;s double check.</translation>
    </message>
    <message>
        <source>Accès en lecture ou en écriture accordés aux aidants, infirmiers, au patient et aux autres professionnels, avec vérification d&apos;identité, échéance et révocation.</source>
        <translation>Read or write access granted to caregivers, nurses, the patient and other professionals, with identity check, expiry and revocation.</translation>
    </message>
    <message>
        <source>Journal infalsifiable de chaque consultation et modification des données de santé, consultable et exportable.</source>
        <translation>Tamper-evident log of every read and change of health data, viewable and exportable.</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Saisie des ordonnances avec posologie structurée (matin, midi, soir, coucher&#xa0;; jours de la semaine&#xa0;; durée), renouvellements et enregistrement des dispensations.</source>
        <translation>Prescription entry with structured dosage (morning, noon, evening, bedtime; days of the week; duration), renewals and dispensing records.</translation>
    </message>
    <message>
        <source>Chaque consultation et modification des données de santé, chaque connexion et chaque refus, enchaînés par empreintes SHA-256 et signés chaque jour par la carte d&apos;un pharmacien.</source>
        <translation>Every view and change of health data, every sign-in and every refusal, chained by SHA-256 digests and signed daily with a pharmacist&apos;s card.</translation>
    </message>
    <message>
        <source>Médicaments</source>
        <translation>Medicines</translation>
    </message>
    <message>
        <source>Catalogue des médicaments (BDPM)&#xa0;: recherche par nom, substance, groupe générique ou code CIP.</source>
        <translation>Drug catalogue (BDPM): search by name, substance, generic group or CIP code.</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <source>Erreur interne de chiffrement.</source>
        <translation>Internal encryption error.</translation>
    </message>
    <message>
        <source>au moins 12 caractères avec des majuscules, des minuscules, des chiffres et des caractères spéciaux, ou au moins 14 caractères de trois de ces types</source>
        <translation>at least 12 characters with upper case, lower case, digits and special characters, or at least 14 characters of three of those kinds</translation>
    </message>
    <message>
        <source>La phrase de passe des sauvegardes doit comporter %1.</source>
        <translation>The backup passphrase must have %1.</translation>
    </message>
    <message>
        <source>Le mot de passe doit comporter %1.</source>
        <translation>The password must have %1.</translation>
    </message>
</context>
<context>
    <name>Patient</name>
    <message>
        <source>(né %1)</source>
        <translation>(born %1)</translation>
    </message>
    <message>
        <source>(née %1)</source>
        <translation>(née %1)</translation>
    </message>
</context>
<context>
    <name>PatientCommands</name>
    <message>
        <source>Ce dossier est limité à la demande du patient (droit à la limitation)&#xa0;: il ne peut pas être modifié tant que la limitation n&apos;est pas levée.</source>
        <translation>This file is restricted at the patient&apos;s request (right to restriction): it cannot be changed until the restriction is lifted.</translation>
    </message>
    <message>
        <source>Ce dossier est archivé&#xa0;: sortez-le des archives avant de le modifier.</source>
        <translation>This file is archived: take it out of the archive before changing it.</translation>
    </message>
    <message>
        <source>Aucune modification à enregistrer.</source>
        <translation>No change to save.</translation>
    </message>
    <message>
        <source>Indiquez le motif de la rectification d&apos;identité (il est conservé dans l&apos;historique du dossier).</source>
        <translation>Give the reason for the identity rectification (kept in the file&apos;s history).</translation>
    </message>
    <message>
        <source>INS&#xa0;: un INS de test ou de démonstration ne peut pas figurer dans un dossier réel.</source>
        <translation>INS: a test or demonstration INS cannot be in a real file.</translation>
    </message>
    <message>
        <source>Un autre dossier porte déjà ce NIR&#xa0;: ouvrez-le plutôt que d&apos;en créer un second, ou fusionnez les deux dossiers.</source>
        <translation>Another file already has this NIR: open it rather than creating a second one, or merge the two files.</translation>
    </message>
    <message>
        <source>pièce d&apos;identité</source>
        <translation>identity document</translation>
    </message>
    <message>
        <source>téléservice INSi</source>
        <translation>INSi teleservice</translation>
    </message>
    <message>
        <source>import d&apos;un autre logiciel</source>
        <translation>import from other software</translation>
    </message>
    <message>
        <source>équipe de l&apos;officine</source>
        <translation>pharmacy team</translation>
    </message>
    <message>
        <source>fusion de dossiers</source>
        <translation>merge of files</translation>
    </message>
    <message>
        <source>déclaration du patient</source>
        <translation>patient&apos;s statement</translation>
    </message>
    <message>
        <source>Ce dossier a été effacé&#xa0;: il ne peut plus être modifié.</source>
        <translation>This file was erased: it can no longer be changed.</translation>
    </message>
    <message>
        <source>Ce dossier a été fusionné avec un autre&#xa0;: ouvrez le dossier qui le remplace.</source>
        <translation>This file was merged into another: open the file that replaces it.</translation>
    </message>
    <message>
        <source>Cette fiche patient a été modifiée entre-temps (sur ce poste ou un autre). Rechargez-la avant d&apos;enregistrer.</source>
        <translation>This patient file was changed in the meantime (on this or another workstation). Reload it before saving.</translation>
    </message>
</context>
<context>
    <name>PatientDirectory</name>
    <message>
        <source>Aucun membre de l&apos;équipe n&apos;est connecté&#xa0;: insérez votre carte CPS ou CPE pour consulter les dossiers.</source>
        <translation>No staff member is signed in: insert your CPS or CPE card to view patient files.</translation>
    </message>
    <message>
        <source>Votre rôle ne permet pas de consulter les dossiers patients.</source>
        <translation>Your role does not allow viewing patient files.</translation>
    </message>
    <message>
        <source>Ce dossier est archivé&#xa0;: son ouverture doit être justifiée par écrit et sera tracée.</source>
        <translation>This file is archived: opening it requires a written justification and will be traced.</translation>
    </message>
    <message>
        <source>Indiquez par écrit pourquoi vous ouvrez ce dossier archivé (au moins %1 caractères)&#xa0;: la justification est conservée dans la traçabilité.</source>
        <translation>Write why you are opening this archived file (at least %1 characters): the justification is kept in the audit trail.</translation>
    </message>
    <message>
        <source>Ce dossier a été effacé à la demande du patient le %1.</source>
        <translation>This file was erased at the patient&apos;s request on %1.</translation>
    </message>
    <message>
        <source>Fiche patient introuvable.</source>
        <translation>Patient file not found.</translation>
    </message>
    <message>
        <source>Ce dossier n&apos;est plus disponible.</source>
        <translation>This file is no longer available.</translation>
    </message>
    <message>
        <source>Seul un pharmacien remet au patient la copie ou l&apos;export de son dossier.</source>
        <translation>Only a pharmacist hands the patient the copy or the export of their file.</translation>
    </message>
    <message>
        <source>l&apos;officine</source>
        <translation>the pharmacy</translation>
    </message>
    <message>
        <source>officine FINESS %1</source>
        <translation>pharmacy FINESS %1</translation>
    </message>
</context>
<context>
    <name>PatientField</name>
    <message>
        <source>Nom de naissance</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <source>Prénoms de naissance</source>
        <translation>Birth given names</translation>
    </message>
    <message>
        <source>Premier prénom</source>
        <translation>First given name</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Lieu de naissance</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Nom d&apos;usage</source>
        <translation>Used name</translation>
    </message>
    <message>
        <source>Prénom utilisé</source>
        <translation>Used first name</translation>
    </message>
    <message>
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <source>Système de l&apos;INS</source>
        <translation>INS system</translation>
    </message>
    <message>
        <source>Statut de l&apos;identité</source>
        <translation>Identity status</translation>
    </message>
    <message>
        <source>Pièce d&apos;identité contrôlée</source>
        <translation>Identity document checked</translation>
    </message>
    <message>
        <source>Résultat INSi</source>
        <translation>INSi result</translation>
    </message>
    <message>
        <source>Attributs d&apos;identité</source>
        <translation>Identity attributes</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Complément d&apos;adresse</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Allergies et intolérances</source>
        <translation>Allergies and intolerances</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Médecin traitant</source>
        <translation>Attending physician</translation>
    </message>
    <message>
        <source>RPPS du médecin traitant</source>
        <translation>attending physician&apos;s RPPS</translation>
    </message>
    <message>
        <source>Établissement</source>
        <translation>Care facility</translation>
    </message>
    <message>
        <source>FINESS de l&apos;établissement</source>
        <translation>care facility&apos;s FINESS</translation>
    </message>
    <message>
        <source>Chambre</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Droits du patient</source>
        <translation>Patient&apos;s rights</translation>
    </message>
    <message>
        <source>Fusion</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Dossier absorbé</source>
        <translation>Absorbed file</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Effacement</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <source>Création du dossier</source>
        <translation>File created</translation>
    </message>
    <message>
        <source>Rectification d&apos;identité</source>
        <translation>Identity rectification</translation>
    </message>
    <message>
        <source>Coordonnées</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Données cliniques</source>
        <translation>Clinical data</translation>
    </message>
    <message>
        <source>Contrôle de l&apos;identité</source>
        <translation>Identity check</translation>
    </message>
    <message>
        <source>Fusion de dossiers</source>
        <translation>Merge of files</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Droit d&apos;accès (copie du dossier)</source>
        <translation>Right of access (copy of the file)</translation>
    </message>
    <message>
        <source>Portabilité (export FHIR)</source>
        <translation>Portability (FHIR export)</translation>
    </message>
    <message>
        <source>Limitation du traitement</source>
        <translation>Restriction of processing</translation>
    </message>
    <message>
        <source>Levée de la limitation</source>
        <translation>Restriction lifted</translation>
    </message>
    <message>
        <source>Opposition au partage</source>
        <translation>Objection to sharing</translation>
    </message>
    <message>
        <source>Levée de l&apos;opposition</source>
        <translation>Objection lifted</translation>
    </message>
    <message>
        <source>Retrait du consentement</source>
        <translation>Consent withdrawal</translation>
    </message>
    <message>
        <source>Consentement donné</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Demande d&apos;effacement</source>
        <translation>Erasure request</translation>
    </message>
    <message>
        <source>Directives post-mortem</source>
        <translation>Post-mortem directives</translation>
    </message>
    <message>
        <source>Féminin</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Masculin</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Non précisé</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Téléservice INSi</source>
        <translation>INSi teleservice</translation>
    </message>
</context>
<context>
    <name>PatientFileView</name>
    <message>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>(mis à jour)</source>
        <translation>(updated)</translation>
    </message>
</context>
<context>
    <name>PatientImporter</name>
    <message>
        <source>Seul un pharmacien importe des dossiers patients.</source>
        <translation>Only a pharmacist imports patient files.</translation>
    </message>
    <message>
        <source>Associez une colonne au champ «&#xa0;%1&#xa0;»&#xa0;: il est obligatoire.</source>
        <translation>Map a column to the field “%1”: it is required.</translation>
    </message>
    <message>
        <source>%1 colonnes au lieu de %2 (séparateur ou guillemet en trop ?)</source>
        <translation>%1 columns instead of %2 (an extra separator or quote?)</translation>
    </message>
    <message>
        <source>Sexe&#xa0;: valeur non reconnue (attendu F, M, Femme, Homme, 1 ou 2).</source>
        <translation>Sex: value not recognised (expected F, M, Femme, Homme, 1 or 2).</translation>
    </message>
    <message>
        <source>%1&#xa0;: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Même NIR que la ligne %1 du fichier.</source>
        <translation>Same NIR as line %1 of the file.</translation>
    </message>
    <message>
        <source>Même identité que la ligne %1 du fichier.</source>
        <translation>Same identity as line %1 of the file.</translation>
    </message>
    <message>
        <source>Un dossier de l&apos;officine porte déjà ce NIR.</source>
        <translation>A file of the pharmacy already has this NIR.</translation>
    </message>
</context>
<context>
    <name>PatientRepository</name>
    <message>
        <source>Cette fiche patient a été modifiée entre-temps (sur ce poste ou un autre). Rechargez-la avant d&apos;enregistrer.</source>
        <translation>This patient file was changed in the meantime (on this or another workstation). Reload it before saving.</translation>
    </message>
    <message>
        <source>Fiche patient introuvable.</source>
        <translation>Patient file not found.</translation>
    </message>
    <message>
        <source>Ce dossier est archivé&#xa0;: sortez-le des archives avant de le modifier.</source>
        <translation>This file is archived: take it out of the archive before changing it.</translation>
    </message>
    <message>
        <source>Ce dossier a été effacé&#xa0;: il ne peut plus être modifié.</source>
        <translation>This file was erased: it can no longer be changed.</translation>
    </message>
    <message>
        <source>Ce dossier a été fusionné avec un autre&#xa0;: ouvrez le dossier qui le remplace.</source>
        <translation>This file was merged into another: open the file that replaces it.</translation>
    </message>
    <message>
        <source>Erreur interne.</source>
        <translation>Internal error.</translation>
    </message>
</context>
<context>
    <name>PatientValidation</name>
    <message>
        <source>La date de naissance ne peut pas être dans le futur.</source>
        <translation>The date of birth cannot be in the future.</translation>
    </message>
    <message>
        <source>Ce champ est obligatoire.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Seuls les lettres, les espaces, les traits d&apos;union et les apostrophes sont admis.</source>
        <translation>Only letters, spaces, hyphens and apostrophes are allowed.</translation>
    </message>
    <message>
        <source>Un trait d&apos;union doit relier deux parties du nom.</source>
        <translation>A hyphen must join two parts of the name.</translation>
    </message>
    <message>
        <source>100 caractères au plus.</source>
        <translation>100 characters at most.</translation>
    </message>
    <message>
        <source>La date de naissance est obligatoire (jour et mois à 00 s&apos;ils sont inconnus).</source>
        <translation>The date of birth is required (day and month 00 if unknown).</translation>
    </message>
    <message>
        <source>Un jour connu suppose un mois connu&#xa0;: indiquez le mois, ou 00 pour le jour.</source>
        <translation>A known day needs a known month: give the month, or 00 for the day.</translation>
    </message>
    <message>
        <source>Cette date n&apos;existe pas&#xa0;: vérifiez le jour et le mois.</source>
        <translation>This date does not exist: check the day and the month.</translation>
    </message>
    <message>
        <source>La date de naissance est antérieure à 1880&#xa0;: vérifiez l&apos;année.</source>
        <translation>The date of birth is before 1880: check the year.</translation>
    </message>
    <message>
        <source>Date illisible&#xa0;: tapez JJ/MM/AAAA (00 pour un jour ou un mois inconnu).</source>
        <translation>Unreadable date: type DD/MM/YYYY (00 for an unknown day or month).</translation>
    </message>
    <message>
        <source>Le code INSEE du lieu de naissance comporte 5 caractères&#xa0;: le département (2A ou 2B pour la Corse) puis la commune, ou 99 puis le code du pays.</source>
        <translation>The INSEE code of the place of birth has 5 characters: the département (2A or 2B for Corsica) then the town, or 99 then the country code.</translation>
    </message>
    <message>
        <source>Ce code INSEE ne correspond à aucun département (la Corse s&apos;écrit 2A ou 2B).</source>
        <translation>This INSEE code matches no département (Corsica is 2A or 2B).</translation>
    </message>
    <message>
        <source>99100 désigne la France&#xa0;: indiquez le code INSEE de la commune de naissance.</source>
        <translation>99100 means France: give the INSEE code of the town of birth.</translation>
    </message>
    <message>
        <source>Le premier chiffre du NIR (sexe) contredit le sexe indiqué.</source>
        <translation>The NIR&apos;s first digit (sex) contradicts the sex given.</translation>
    </message>
    <message>
        <source>Les chiffres 2 et 3 du NIR (année de naissance) contredisent la date de naissance.</source>
        <translation>The NIR&apos;s digits 2 and 3 (year of birth) contradict the date of birth.</translation>
    </message>
    <message>
        <source>Les chiffres 4 et 5 du NIR (mois de naissance) contredisent la date de naissance.</source>
        <translation>The NIR&apos;s digits 4 and 5 (month of birth) contradict the date of birth.</translation>
    </message>
    <message>
        <source>Le département de naissance du NIR (positions 6 et 7) contredit le lieu de naissance.</source>
        <translation>The NIR&apos;s département of birth (positions 6 and 7) contradicts the place of birth.</translation>
    </message>
    <message>
        <source>Ce numéro ne peut pas être un numéro de téléphone&#xa0;: 10 chiffres commençant par 0, ou + et l&apos;indicatif du pays.</source>
        <translation>This cannot be a phone number: 10 digits starting with 0, or + and the country code.</translation>
    </message>
    <message>
        <source>Un numéro de mobile français commence par 06 ou 07.</source>
        <translation>A French mobile number starts with 06 or 07.</translation>
    </message>
    <message>
        <source>Cette adresse électronique n&apos;est pas valide (forme attendue&#xa0;: nom@domaine.fr).</source>
        <translation>This e-mail address is not valid (expected form: name@domain.fr).</translation>
    </message>
    <message>
        <source>Le code postal comporte 5 chiffres.</source>
        <translation>The postcode has 5 digits.</translation>
    </message>
    <message>
        <source>Le premier prénom doit être le premier de la liste des prénoms de naissance.</source>
        <translation>The first given name must be the first of the list of birth given names.</translation>
    </message>
    <message>
        <source>Ce système d&apos;identification n&apos;est pas celui de l&apos;INS.</source>
        <translation>This identification system is not the INS&apos;s.</translation>
    </message>
    <message>
        <source>Un INS de test ou de démonstration ne peut pas figurer dans un dossier réel.</source>
        <translation>A test or demonstration INS cannot be in a real file.</translation>
    </message>
    <message>
        <source>Chaque allergie ou intolérance nomme une substance ou un médicament.</source>
        <translation>Each allergy or intolerance names a substance or a drug.</translation>
    </message>
    <message>
        <source>Les notes sont limitées à 20 000 caractères.</source>
        <translation>Notes are limited to 20,000 characters.</translation>
    </message>
    <message>
        <source>Attribut d&apos;identité inconnu.</source>
        <translation>Unknown identity attribute.</translation>
    </message>
    <message>
        <source>%1&#xa0;: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PcscCard</name>
    <message>
        <source>La carte a envoyé une réponse incomplète.</source>
        <translation>The card sent an incomplete response.</translation>
    </message>
    <message>
        <source>La carte envoie une réponse sans fin.</source>
        <translation>The card sends an endless response.</translation>
    </message>
</context>
<context>
    <name>PcscErrors</name>
    <message>
        <source>Le service des lecteurs de cartes (pcscd) ne répond pas ou aucun lecteur n&apos;est branché.</source>
        <translation>The card reader service (pcscd) does not answer or no reader is plugged in.</translation>
    </message>
    <message>
        <source>Le lecteur de cartes a été débranché ou n&apos;est plus disponible.</source>
        <translation>The card reader was unplugged or is no longer available.</translation>
    </message>
    <message>
        <source>La carte ne répond pas dans le délai prévu.</source>
        <translation>The card does not answer in time.</translation>
    </message>
    <message>
        <source>Opération annulée.</source>
        <translation>Operation cancelled.</translation>
    </message>
    <message>
        <source>La carte a été retirée pendant l&apos;opération&#xa0;: réinsérez-la et recommencez.</source>
        <translation>The card was removed during the operation: insert it again and retry.</translation>
    </message>
    <message>
        <source>Cette carte n&apos;est pas reconnue&#xa0;: insérez une carte CPS ou CPE.</source>
        <translation>This card is not recognised: insert a CPS or CPE card.</translation>
    </message>
    <message>
        <source>La communication avec la carte a échoué&#xa0;: retirez-la, réinsérez-la et recommencez.</source>
        <translation>Communication with the card failed: remove it, insert it again and retry.</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>consulter les dossiers patients</source>
        <translation>view patient files</translation>
    </message>
    <message>
        <source>modifier les dossiers patients</source>
        <translation>change patient files</translation>
    </message>
    <message>
        <source>gérer les comptes de l&apos;équipe</source>
        <translation>manage staff accounts</translation>
    </message>
    <message>
        <source>modifier les paramètres de l&apos;officine</source>
        <translation>change the pharmacy settings</translation>
    </message>
    <message>
        <source>sauvegarder et restaurer</source>
        <translation>back up and restore</translation>
    </message>
    <message>
        <source>consulter la traçabilité</source>
        <translation>view the audit trail</translation>
    </message>
    <message>
        <source>valider et rectifier l&apos;identité des patients</source>
        <translation>validate and rectify patients&apos; identities</translation>
    </message>
    <message>
        <source>fusionner des dossiers patients</source>
        <translation>merge patient files</translation>
    </message>
    <message>
        <source>traiter les demandes d&apos;exercice des droits des patients</source>
        <translation>handle patients&apos; rights requests</translation>
    </message>
    <message>
        <source>importer des dossiers patients</source>
        <translation>import patient files</translation>
    </message>
    <message>
        <source>importer le catalogue des médicaments</source>
        <translation>import the drug catalogue</translation>
    </message>
</context>
<context>
    <name>Pkcs11CardAuthenticator</name>
    <message>
        <source>Code porteur incorrect.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>La carte est bloquée après trois codes porteur erronés. Débloquez-la avec le code de déblocage à 8 chiffres reçu avec la carte.</source>
        <translation>The card is blocked after three wrong PINs. Unblock it with the 8-digit unblocking code received with the card.</translation>
    </message>
    <message>
        <source>Le code porteur comporte 4 chiffres.</source>
        <translation>The PIN has 4 digits.</translation>
    </message>
    <message>
        <source>Aucune carte n&apos;est présente dans ce lecteur.</source>
        <translation>There is no card in this reader.</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas un module PKCS#11.</source>
        <translation>This file is not a PKCS#11 module.</translation>
    </message>
    <message>
        <source>La carte a été retirée pendant l&apos;opération&#xa0;: réinsérez-la et recommencez.</source>
        <translation>The card was removed during the operation: insert it again and retry.</translation>
    </message>
    <message>
        <source>Cette carte n&apos;est pas reconnue&#xa0;: insérez une carte CPS ou CPE.</source>
        <translation>This card is not recognised: insert a CPS or CPE card.</translation>
    </message>
    <message>
        <source>Le module PKCS#11 de la carte a signalé une erreur&#xa0;: retirez la carte, réinsérez-la et recommencez.</source>
        <translation>The card&apos;s PKCS#11 module reported an error: remove the card, insert it again and retry.</translation>
    </message>
    <message>
        <source>Le module PKCS#11 des cartes CPS est introuvable (%1)&#xa0;: vérifiez son chemin dans les paramètres et l&apos;installation de la Cryptolib CPS.</source>
        <translation>The CPS cards&apos; PKCS#11 module cannot be found (%1): check its path in the settings and the Cryptolib CPS installation.</translation>
    </message>
    <message>
        <source>Aucun certificat d&apos;authentification sur cette carte&#xa0;: ce n&apos;est pas une carte CPS ou CPE.</source>
        <translation>No authentication certificate on this card: it is not a CPS or CPE card.</translation>
    </message>
    <message>
        <source>Aucune clé d&apos;authentification sur cette carte&#xa0;: ce n&apos;est pas une carte CPS ou CPE.</source>
        <translation>No authentication key on this card: it is not a CPS or CPE card.</translation>
    </message>
</context>
<context>
    <name>PosologyParser</name>
    <message>
        <source>Posologie FHIR sans dose.</source>
        <translation>FHIR posology without a dose.</translation>
    </message>
    <message>
        <source>Posologie vide.</source>
        <translation>Empty posology.</translation>
    </message>
    <message>
        <source>Dose illisible.</source>
        <translation>Unreadable dose.</translation>
    </message>
    <message>
        <source>Une posologie commence par une dose («&#xa0;1 cp&#xa0;») ou par les prises du jour («&#xa0;1-0-1&#xa0;»).</source>
        <translation>A posology starts with a dose (“1 cp”) or with the day’s intakes (“1-0-1”).</translation>
    </message>
    <message>
        <source>De 1 à 4 prises par jour (matin, midi, soir, coucher).</source>
        <translation>From 1 to 4 intakes a day (morning, noon, evening, bedtime).</translation>
    </message>
    <message>
        <source>Les prises sont déjà données par la grille.</source>
        <translation>The intakes are already given by the grid.</translation>
    </message>
    <message>
        <source>Période illisible&#xa0;: «&#xa0;j1-j7&#xa0;» va du premier au septième jour.</source>
        <translation>Unreadable period: “j1-j7” runs from the first to the seventh day.</translation>
    </message>
    <message>
        <source>Durée illisible.</source>
        <translation>Unreadable duration.</translation>
    </message>
    <message>
        <source>Partie de la posologie non reconnue.</source>
        <translation>Part of the posology not recognised.</translation>
    </message>
    <message>
        <source>Un demi ou un quart de comprimé n&apos;est possible que pour une forme sécable (ici&#xa0;: %1).</source>
        <translation>A half or a quarter tablet is only possible for a scored form (here: %1).</translation>
    </message>
    <message>
        <source>Une fraction de %1 ne se prend pas&#xa0;: seuls les comprimés sécables se partagent.</source>
        <translation>A fraction of a %1 cannot be taken: only scored tablets are split.</translation>
    </message>
</context>
<context>
    <name>Random</name>
    <message>
        <source>Le générateur de nombres aléatoires du système ne répond pas&#xa0;: l&apos;opération est annulée, rien n&apos;a été modifié.</source>
        <translation>The system&apos;s random number generator does not respond: the operation is cancelled, nothing was changed.</translation>
    </message>
</context>
<context>
    <name>RecordIdentityDocumentCommand</name>
    <message>
        <source>Choisissez le type de pièce d&apos;identité contrôlée.</source>
        <translation>Choose the kind of identity document checked.</translation>
    </message>
    <message>
        <source>Pour un mineur, le livret de famille ou l&apos;acte de naissance s&apos;accompagne de la pièce d&apos;identité du parent&#xa0;: indiquez laquelle a été présentée.</source>
        <translation>For a minor, the family book or birth certificate goes with the parent&apos;s identity document: say which one was shown.</translation>
    </message>
    <message>
        <source>L&apos;identité porte l&apos;attribut «&#xa0;%1&#xa0;»&#xa0;: elle ne peut pas être validée tant qu&apos;il n&apos;est pas levé.</source>
        <translation>The identity has the attribute “%1”: it cannot be validated until it is lifted.</translation>
    </message>
    <message>
        <source>Le livret de famille ou l&apos;acte de naissance ne valide que l&apos;identité d&apos;un mineur&#xa0;: pour un majeur, contrôlez son passeport, sa carte d&apos;identité ou son titre de séjour.</source>
        <translation>A family book or birth certificate validates a minor&apos;s identity only: for an adult, check their passport, identity card or residence permit.</translation>
    </message>
</context>
<context>
    <name>RecordInsiResultCommand</name>
    <message>
        <source>La réponse du téléservice ne contient pas d&apos;identité.</source>
        <translation>The teleservice&apos;s answer holds no identity.</translation>
    </message>
    <message>
        <source>Le dossier a changé depuis l&apos;interrogation du téléservice&#xa0;: vérifiez-le à nouveau.</source>
        <translation>The file changed since the teleservice was asked: check it again.</translation>
    </message>
</context>
<context>
    <name>RecordRightsDecisionCommand</name>
    <message>
        <source>Saisissez les directives du patient sur le sort de ses données après son décès.</source>
        <translation>Type the patient&apos;s directives for their data after their death.</translation>
    </message>
    <message>
        <source>4 000 caractères au plus.</source>
        <translation>4,000 characters at most.</translation>
    </message>
    <message>
        <source>Cette décision est déjà enregistrée.</source>
        <translation>This decision is already recorded.</translation>
    </message>
</context>
<context>
    <name>ResolveConflictCommand</name>
    <message>
        <source>Conflit de synchronisation résolu&#xa0;: valeur %1 retenue</source>
        <translation>Sync conflict resolved: value %1 kept</translation>
    </message>
    <message>
        <source>de ce poste</source>
        <translation>of this workstation</translation>
    </message>
    <message>
        <source>du serveur</source>
        <translation>of the server</translation>
    </message>
    <message>
        <source>Ce type de conflit ne se résout pas ici.</source>
        <translation>This kind of conflict is not resolved here.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Données de soins partagées (plans de pilulier, observance)</source>
        <translation>Shared care data (pill-organiser plans, adherence)</translation>
    </message>
    <message>
        <source>Dossier patient (identité, contact)</source>
        <translation>Patient file (identity, contact)</translation>
    </message>
    <message>
        <source>Dispensations (ordonnancier)</source>
        <translation>Dispensings (prescription register)</translation>
    </message>
    <message>
        <source>Traçabilité des boîtes des piluliers</source>
        <translation>Box traceability of pill organisers</translation>
    </message>
    <message>
        <source>Journal de traçabilité</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Comptes de l&apos;équipe et des personnes autorisées (désactivés)</source>
        <translation>Team and authorised persons&apos; accounts (deactivated)</translation>
    </message>
    <message>
        <source>suppression définitive</source>
        <translation>permanent deletion</translation>
    </message>
    <message>
        <source>anonymisation</source>
        <translation>anonymisation</translation>
    </message>
    <message>
        <source>règle du Dossier Pharmaceutique (décret n° 2015-208)&#xa0;: 4 mois accessibles puis 32 mois en archive</source>
        <translation>Dossier Pharmaceutique rule (decree no. 2015-208): 4 months accessible then 32 months archived</translation>
    </message>
    <message>
        <source>ordonnancier&#xa0;: 10 ans (Code de la santé publique, R.5132-10)</source>
        <translation>prescription register: 10 years (Public Health Code, R.5132-10)</translation>
    </message>
    <message>
        <source>traçabilité des lots&#xa0;: 10 ans, par analogie avec l&apos;ordonnancier</source>
        <translation>batch traceability: 10 years, by analogy with the prescription register</translation>
    </message>
    <message>
        <source>traçabilité des opérations&#xa0;: 10 ans</source>
        <translation>traceability of operations: 10 years</translation>
    </message>
    <message>
        <source>données de compte&#xa0;: 3 ans après le dernier contact, le journal devant pouvoir nommer ses auteurs</source>
        <translation>account data: 3 years after last contact, as the trail must be able to name its authors</translation>
    </message>
    <message>
        <source>Le sort des données en fin de conservation (%1) n&apos;est pas modifiable pour cette catégorie.</source>
        <translation>What happens to the data at the end of retention (%1) cannot be changed for this category.</translation>
    </message>
    <message>
        <source>Les durées doivent être comprises entre 0 et 600 mois.</source>
        <translation>Periods must be between 0 and 600 months.</translation>
    </message>
    <message>
        <source>«&#xa0;%1&#xa0;» ne peut pas être conservé moins de %2 mois au total (dont %3 mois en base active)&#xa0;: %4.</source>
        <translation>“%1” cannot be kept less than %2 months in total (including %3 months in the active base): %4.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>1 an</source>
        <translation>1 year</translation>
    </message>
    <message>
        <source>%1 ans</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>%1 mois</source>
        <translation>%1 months</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Pharmacien titulaire</source>
        <translation>Head pharmacist</translation>
    </message>
    <message>
        <source>Pharmacien adjoint</source>
        <translation>Assistant pharmacist</translation>
    </message>
    <message>
        <source>Préparateur en pharmacie</source>
        <translation>Pharmacy technician</translation>
    </message>
    <message>
        <source>Étudiant ou apprenti</source>
        <translation>Student or apprentice</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>Le certificat TLS (%1) ou sa clé (%2) est illisible.</source>
        <translation>The TLS certificate (%1) or its key (%2) is unreadable.</translation>
    </message>
    <message>
        <source>La clé TLS %1 n&apos;est pas une clé RSA ou EC au format PEM.</source>
        <translation>TLS key %1 is not an RSA or EC key in PEM format.</translation>
    </message>
    <message>
        <source>L&apos;officine n&apos;a pas été enregistrée&#xa0;: FINESS de 9 caractères, nom et titulaire sont requis, et le FINESS ne doit pas être déjà hébergé.</source>
        <translation>The pharmacy was not registered: a 9-character FINESS, a name and an owner are required, and the FINESS must not be hosted already.</translation>
    </message>
    <message>
        <source>Aucune autorité de cartes dans %1&#xa0;: le serveur ne pourrait vérifier aucune carte.</source>
        <translation>No card authority in %1: the server could not check any card.</translation>
    </message>
    <message>
        <source>Le port %1 de %2 n&apos;a pas pu être ouvert.</source>
        <translation>Port %1 of %2 could not be opened.</translation>
    </message>
    <message>
        <source>La base est au schéma %1 et ce serveur attend le schéma %2&#xa0;: lancez officine-server --init-db (ou installez la version du serveur qui l&apos;a créée).</source>
        <translation>The database is at schema %1 and this server expects schema %2: run officine-server --init-db (or install the server version that created it).</translation>
    </message>
    <message numerus="yes">
        <source>Configuration correcte&#xa0;: TLS, %n autorité(s) de cartes, base au schéma %1.</source>
        <translation>
            <numerusform>Configuration correct: TLS, %n card authority, database at schema %1.</numerusform>
            <numerusform>Configuration correct: TLS, %n card authorities, database at schema %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerClient</name>
    <message>
        <source>Le serveur de synchronisation ne répond pas (%1)&#xa0;: les changements attendent le retour du réseau.</source>
        <translation>The sync server does not answer (%1): changes wait for the network to return.</translation>
    </message>
    <message>
        <source>Le serveur a répondu %1.</source>
        <translation>The server answered %1.</translation>
    </message>
    <message>
        <source>Le serveur n&apos;a pas donné de session.</source>
        <translation>The server gave no session.</translation>
    </message>
    <message>
        <source>Aucune carte connectée&#xa0;: les changements attendent une connexion.</source>
        <translation>No card signed in: changes wait for a sign-in.</translation>
    </message>
    <message>
        <source>Aucune carte connectée&#xa0;: la réception attend une connexion.</source>
        <translation>No card signed in: receiving waits for a sign-in.</translation>
    </message>
    <message>
        <source>Le serveur n&apos;a pas donné de défi.</source>
        <translation>The server gave no challenge.</translation>
    </message>
    <message>
        <source>adresse du serveur inconnue</source>
        <translation>unknown server address</translation>
    </message>
    <message>
        <source>connexion refusée</source>
        <translation>connection refused</translation>
    </message>
    <message>
        <source>délai dépassé</source>
        <translation>timed out</translation>
    </message>
    <message>
        <source>certificat du serveur non reconnu</source>
        <translation>server certificate not recognised</translation>
    </message>
    <message>
        <source>échec de la connexion chiffrée</source>
        <translation>encrypted connection failed</translation>
    </message>
    <message>
        <source>synchronisation arrêtée</source>
        <translation>synchronisation stopped</translation>
    </message>
    <message>
        <source>réponse trop volumineuse</source>
        <translation>answer too large</translation>
    </message>
    <message>
        <source>échange interrompu</source>
        <translation>exchange interrupted</translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>%1 («&#xa0;%2&#xa0;») est introuvable.</source>
        <translation>%1 (“%2”) cannot be found.</translation>
    </message>
    <message>
        <source>%1 («&#xa0;%2&#xa0;») est lisible par tous les comptes&#xa0;: le serveur refuse de s&apos;en servir. Corrigez ses droits (chmod o-rwx %1).</source>
        <translation>%1 (“%2”) is readable by every account: the server refuses to use it. Fix its permissions (chmod o-rwx %1).</translation>
    </message>
    <message>
        <source>Le fichier de configuration %1 est introuvable.</source>
        <translation>Configuration file %1 cannot be found.</translation>
    </message>
    <message>
        <source>Le fichier de configuration %1 est illisible.</source>
        <translation>Configuration file %1 is unreadable.</translation>
    </message>
    <message>
        <source>Dans %1, «&#xa0;%2&#xa0;»&#xa0;: %3</source>
        <translation>In %1, “%2”: %3</translation>
    </message>
    <message>
        <source>un nombre entre %1 et %2 est attendu.</source>
        <translation>a number between %1 and %2 is expected.</translation>
    </message>
    <message>
        <source>ce chemin est obligatoire.</source>
        <translation>this path is required.</translation>
    </message>
    <message>
        <source>un chemin absolu est attendu.</source>
        <translation>an absolute path is expected.</translation>
    </message>
    <message>
        <source>une adresse IP est attendue.</source>
        <translation>an IP address is expected.</translation>
    </message>
    <message>
        <source>Le mot de passe de la base (%1) est illisible.</source>
        <translation>The database password (%1) is unreadable.</translation>
    </message>
</context>
<context>
    <name>SetBackupPassphraseCommand</name>
    <message>
        <source>Le trousseau du système n&apos;est pas disponible.</source>
        <translation>The system keychain is not available.</translation>
    </message>
</context>
<context>
    <name>SetFallbackCredentialsCommand</name>
    <message>
        <source>La clé de l&apos;application d&apos;authentification est invalide.</source>
        <translation>The authenticator app&apos;s key is invalid.</translation>
    </message>
    <message>
        <source>Le code ne correspond pas&#xa0;: vérifiez que l&apos;application a bien enregistré la clé, et l&apos;heure du téléphone.</source>
        <translation>The code does not match: check that the app saved the key, and the phone&apos;s time.</translation>
    </message>
</context>
<context>
    <name>SetPatientPhotoCommand</name>
    <message>
        <source>La photo dépasse 2 Mio&#xa0;: choisissez une image plus petite.</source>
        <translation>The photo is over 2 MiB: choose a smaller image.</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas une image JPEG ou PNG.</source>
        <translation>This file is not a JPEG or PNG image.</translation>
    </message>
</context>
<context>
    <name>SetRestrictionCommand</name>
    <message>
        <source>Indiquez le motif de la limitation (contestation de l&apos;exactitude, opposition en cours…).</source>
        <translation>Give the reason for the restriction (accuracy contested, objection pending…).</translation>
    </message>
    <message>
        <source>Ce dossier est déjà limité.</source>
        <translation>This file is already restricted.</translation>
    </message>
    <message>
        <source>Ce dossier n&apos;est pas limité.</source>
        <translation>This file is not restricted.</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Ce paramètre de la pharmacie n&apos;existe pas.</source>
        <translation>This pharmacy setting does not exist.</translation>
    </message>
    <message>
        <source>Un paramètre reçu du serveur ne correspond pas à son identifiant.</source>
        <translation>A setting received from the server does not match its identifier.</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>ouverture d&apos;une nouvelle officine</source>
        <translation>opening a new pharmacy</translation>
    </message>
    <message>
        <source>Cette carte est bloquée après trois codes porteur erronés. Débloquez-la avec le code de déblocage à 8 chiffres reçu avec la carte, puis réinsérez-la.</source>
        <translation>This card is blocked after three wrong PINs. Unblock it with the 8-digit unblocking code received with the card, then insert it again.</translation>
    </message>
</context>
<context>
    <name>SignInThrottle</name>
    <message numerus="yes">
        <source>Trop d&apos;essais infructueux&#xa0;: ce compte est verrouillé pendant %n minute(s). Utilisez votre carte ou adressez-vous au titulaire.</source>
        <translation>
            <numerusform>Too many failed attempts: this account is locked for %n minute. Use your card or ask the head pharmacist.</numerusform>
            <numerusform>Too many failed attempts: this account is locked for %n minutes. Use your card or ask the head pharmacist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais infructueux&#xa0;: réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Too many failed attempts: try again in %n second.</numerusform>
            <numerusform>Too many failed attempts: try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffDirectory</name>
    <message>
        <source>Seul le titulaire gère les comptes de l&apos;équipe.</source>
        <translation>Only the head pharmacist manages the team&apos;s accounts.</translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>Cette carte est déjà associée au compte actif d&apos;un autre membre de l&apos;équipe.</source>
        <translation>This card is already bound to another staff member&apos;s active account.</translation>
    </message>
    <message>
        <source>Ce compte a été modifié entre-temps (sur ce poste ou un autre). Rechargez-le avant d&apos;enregistrer.</source>
        <translation>This account was changed in the meantime (on this or another workstation). Reload it before saving.</translation>
    </message>
    <message>
        <source>Compte introuvable.</source>
        <translation>Account not found.</translation>
    </message>
</context>
<context>
    <name>StaffValidation</name>
    <message>
        <source>Le nom et le prénom du membre de l&apos;équipe sont obligatoires.</source>
        <translation>The staff member&apos;s family and given names are required.</translation>
    </message>
    <message>
        <source>Ce compte est déjà désactivé.</source>
        <translation>This account is already deactivated.</translation>
    </message>
    <message>
        <source>Seule la carte CPS d&apos;un pharmacien peut ouvrir une nouvelle officine.</source>
        <translation>Only a pharmacist&apos;s CPS card can open a new pharmacy.</translation>
    </message>
    <message>
        <source>La carte associée n&apos;est pas celle de ce pharmacien&#xa0;: son identifiant ne correspond pas au numéro RPPS saisi.</source>
        <translation>The bound card is not this pharmacist&apos;s: its identifier does not match the RPPS number entered.</translation>
    </message>
    <message>
        <source>L&apos;officine doit garder au moins un pharmacien titulaire actif&#xa0;: désignez-en un autre avant de modifier ou de désactiver ce compte.</source>
        <translation>The pharmacy must keep at least one active head pharmacist: appoint another one before changing or deactivating this account.</translation>
    </message>
    <message>
        <source>Cette officine a déjà des comptes&#xa0;: le titulaire crée les nouveaux comptes depuis l&apos;Administration.</source>
        <translation>This pharmacy already has accounts: the head pharmacist creates new ones from Administration.</translation>
    </message>
</context>
<context>
    <name>StatusWord</name>
    <message>
        <source>Opération réussie.</source>
        <translation>Operation successful.</translation>
    </message>
    <message>
        <source>La carte est bloquée après trois codes porteur erronés. Débloquez-la avec le code de déblocage à 8 chiffres reçu avec la carte.</source>
        <translation>The card is blocked after three wrong PINs. Unblock it with the 8-digit unblocking code received with the card.</translation>
    </message>
    <message>
        <source>La carte refuse l&apos;opération dans son état actuel.</source>
        <translation>The card refuses the operation in its current state.</translation>
    </message>
    <message>
        <source>La carte a rejeté les données envoyées.</source>
        <translation>The card rejected the data sent.</translation>
    </message>
    <message>
        <source>La carte a rejeté la longueur de la commande.</source>
        <translation>The card rejected the command&apos;s length.</translation>
    </message>
    <message>
        <source>La carte a rejeté les paramètres de la commande.</source>
        <translation>The card rejected the command&apos;s parameters.</translation>
    </message>
    <message>
        <source>La carte signale un avertissement (%1).</source>
        <translation>The card reports a warning (%1).</translation>
    </message>
    <message>
        <source>La carte a répondu par une erreur (%1).</source>
        <translation>The card answered with an error (%1).</translation>
    </message>
    <message>
        <source>Code porteur incorrect&#xa0;: la carte est maintenant bloquée.</source>
        <translation>Wrong PIN: the card is now blocked.</translation>
    </message>
    <message numerus="yes">
        <source>Code porteur incorrect&#xa0;: %n essai(s) restant(s) avant le blocage de la carte.</source>
        <translation>
            <numerusform>Wrong PIN: %n try left before the card is blocked.</numerusform>
            <numerusform>Wrong PIN: %n tries left before the card is blocked.</numerusform>
        </translation>
    </message>
    <message>
        <source>La carte refuse l&apos;opération&#xa0;: le code porteur n&apos;a pas été vérifié.</source>
        <translation>The card refuses the operation: the PIN has not been verified.</translation>
    </message>
    <message>
        <source>La carte ne contient pas l&apos;application ou le fichier attendu&#xa0;: ce n&apos;est pas une carte CPS ou CPE reconnue.</source>
        <translation>The card does not hold the expected application or file: it is not a recognised CPS or CPE card.</translation>
    </message>
    <message>
        <source>La carte ne connaît pas cette commande&#xa0;: ce n&apos;est pas une carte CPS ou CPE reconnue.</source>
        <translation>The card does not know this command: it is not a recognised CPS or CPE card.</translation>
    </message>
    <message>
        <source>Erreur de mémoire de la carte (%1)&#xa0;: la carte est peut-être défectueuse.</source>
        <translation>Card memory error (%1): the card may be faulty.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>La base de données ne peut pas être déchiffrée&#xa0;: la clé ne correspond pas, ou le fichier n&apos;est pas une base Officine.</source>
        <translation>The database cannot be decrypted: the key does not match, or the file is not an Officine database.</translation>
    </message>
    <message>
        <source>La base de données est endommagée&#xa0;: une page a été altérée et son contrôle d&apos;intégrité échoue. Restaurez la dernière sauvegarde.</source>
        <translation>The database is damaged: a page was altered and fails its integrity check. Restore the latest backup.</translation>
    </message>
    <message>
        <source>La base de données est occupée par un autre programme. Réessayez dans un instant.</source>
        <translation>The database is busy with another program. Try again in a moment.</translation>
    </message>
    <message>
        <source>Lecture ou écriture impossible sur le disque de la base de données (disque plein, droits ou support défaillant).</source>
        <translation>Cannot read or write the database disk (full disk, permissions or failing drive).</translation>
    </message>
    <message>
        <source>L&apos;enregistrement entre en conflit avec une donnée existante.</source>
        <translation>The record conflicts with existing data.</translation>
    </message>
    <message>
        <source>Erreur interne de la base de données.</source>
        <translation>Internal database error.</translation>
    </message>
    <message>
        <source>Clé de base de données invalide.</source>
        <translation>Invalid database key.</translation>
    </message>
    <message>
        <source>Aucune base Officine n&apos;existe à cet emplacement.</source>
        <translation>No Officine database exists at this location.</translation>
    </message>
    <message>
        <source>Le moteur de chiffrement SQLCipher n&apos;est pas disponible&#xa0;: la base ne sera pas ouverte en clair.</source>
        <translation>The SQLCipher encryption engine is not available: the database will not be opened in clear.</translation>
    </message>
    <message numerus="yes">
        <source>Le contrôle d&apos;intégrité a trouvé %n anomalie(s) dans la base de données. Restaurez la dernière sauvegarde.</source>
        <translation>
            <numerusform>The integrity check found %n problem in the database. Restore the latest backup.</numerusform>
            <numerusform>The integrity check found %n problems in the database. Restore the latest backup.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cette base a été créée par une version plus récente d&apos;Officine (schéma %1, cette version connaît le schéma %2). Mettez Officine à jour.</source>
        <translation>This database was created by a newer version of Officine (schema %1, this version knows schema %2). Update Officine.</translation>
    </message>
    <message>
        <source>La mise à jour de la base vers la version %1 a échoué&#xa0;; la base est restée à la version %2 et reste utilisable avec la version précédente d&apos;Officine.</source>
        <translation>Upgrading the database to version %1 failed; the database stayed at version %2 and remains usable with the previous version of Officine.</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <source>Le dossier des données ne peut pas être créé.</source>
        <translation>The data folder cannot be created.</translation>
    </message>
    <message>
        <source>Aucune base n&apos;existe encore pour cette officine (%1). Créez-la avec «&#xa0;officine-cli init&#xa0;» ou restaurez une sauvegarde.</source>
        <translation>No database exists yet for this pharmacy (%1). Create it with “officine-cli init” or restore a backup.</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message numerus="yes">
        <source>%n modification(s) en attente</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronisation non configurée</source>
        <translation>Sync not configured</translation>
    </message>
    <message>
        <source>Poste non inscrit auprès du serveur&#xa0;: le titulaire l&apos;inscrit en se connectant avec sa carte</source>
        <translation>Workstation not enrolled with the server: the owner enrols it by signing in with her card</translation>
    </message>
    <message>
        <source>Synchronisation en attente d&apos;une carte — %1</source>
        <translation>Sync waiting for a card — %1</translation>
    </message>
    <message>
        <source>Synchronisation en attente d&apos;une carte</source>
        <translation>Sync waiting for a card</translation>
    </message>
    <message>
        <source>Synchronisation en cours…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Synchronisation&#xa0;: à jour</source>
        <translation>Sync: up to date</translation>
    </message>
    <message>
        <source>Synchronisation&#xa0;: %1</source>
        <translation>Sync: %1</translation>
    </message>
    <message>
        <source>Hors ligne — %1</source>
        <translation>Offline — %1</translation>
    </message>
    <message>
        <source>Erreur de synchronisation&#xa0;: %1</source>
        <translation>Sync error: %1</translation>
    </message>
    <message>
        <source>Synchronisation suspendue&#xa0;: des suppressions attendent la confirmation du titulaire</source>
        <translation>Sync suspended: deletions await the owner&apos;s confirmation</translation>
    </message>
    <message numerus="yes">
        <source> — %n conflit(s) à résoudre</source>
        <translation>
            <numerusform> — %n conflict to resolve</numerusform>
            <numerusform> — %n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln enregistrement(s) reçu(s)</source>
        <translation>
            <numerusform>%Ln record received</numerusform>
            <numerusform>%Ln records received</numerusform>
        </translation>
    </message>
    <message>
        <source>Réception des données de la pharmacie&#xa0;: %1&#xa0;% — %2</source>
        <translation>Receiving the pharmacy&apos;s data: %1% — %2</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>%1 envoyé(s), %2 reçu(s), %3 conflit(s) nouveau(x)</source>
        <translation>%1 sent, %2 received, %3 new conflict(s)</translation>
    </message>
    <message>
        <source>Le serveur a répondu pour un autre nombre de changements.</source>
        <translation>The server answered for another number of changes.</translation>
    </message>
    <message>
        <source>Le serveur a répondu dans le désordre.</source>
        <translation>The server answered out of order.</translation>
    </message>
    <message>
        <source>Conflit sans version du serveur.</source>
        <translation>Conflict without the server&apos;s version.</translation>
    </message>
    <message>
        <source>Réception suspendue&#xa0;: le serveur supprimerait %1 enregistrement(s) sur %2&#xa0;; le titulaire doit confirmer.</source>
        <translation>Receiving suspended: the server would delete %1 record(s) out of %2; the owner must confirm.</translation>
    </message>
</context>
<context>
    <name>SyncJournal</name>
    <message>
        <source>Ce conflit est déjà résolu.</source>
        <translation>This conflict is already resolved.</translation>
    </message>
    <message>
        <source>Aucune suppression n&apos;attend de confirmation.</source>
        <translation>No deletion awaits confirmation.</translation>
    </message>
    <message>
        <source>Cette proposition de fusion a déjà été traitée.</source>
        <translation>This merge proposal has already been dealt with.</translation>
    </message>
</context>
<context>
    <name>SyncOverview</name>
    <message>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Votre rôle ne permet pas de consulter les dossiers en conflit.</source>
        <translation>Your role does not allow reading the files in conflict.</translation>
    </message>
    <message>
        <source>le titulaire</source>
        <translation>the owner</translation>
    </message>
    <message>
        <source>un membre de l&apos;équipe</source>
        <translation>a team member</translation>
    </message>
    <message>
        <source>Dossier introuvable</source>
        <translation>File not found</translation>
    </message>
    <message>
        <source>Compte de %1</source>
        <translation>Account of %1</translation>
    </message>
    <message>
        <source>Compte introuvable</source>
        <translation>Account not found</translation>
    </message>
    <message>
        <source>Conservation&#xa0;: %1</source>
        <translation>Retention: %1</translation>
    </message>
    <message>
        <source>Verrouillage après inactivité</source>
        <translation>Lock after inactivity</translation>
    </message>
    <message>
        <source>Paramètre de la pharmacie</source>
        <translation>Pharmacy setting</translation>
    </message>
    <message>
        <source>Mois en base active</source>
        <translation>Months in the active base</translation>
    </message>
    <message>
        <source>Mois en archive</source>
        <translation>Months in the archive</translation>
    </message>
    <message>
        <source>Fin de conservation</source>
        <translation>End of retention</translation>
    </message>
    <message>
        <source>Délai (secondes)</source>
        <translation>Delay (seconds)</translation>
    </message>
    <message>
        <source>Même personne créée sur deux postes hors connexion (proposition de la synchronisation)</source>
        <translation>Same person created on two workstations offline (proposed by sync)</translation>
    </message>
    <message>
        <source>Votre rôle ne permet pas de consulter les dossiers proposés à la fusion.</source>
        <translation>Your role does not allow reading the files proposed for a merge.</translation>
    </message>
    <message>
        <source>créé sur ce poste</source>
        <translation>created on this workstation</translation>
    </message>
    <message>
        <source>reçu du poste %1</source>
        <translation>received from workstation %1</translation>
    </message>
    <message>
        <source>%1, né(e) le %2 — %3</source>
        <translation>%1, born %2 — %3</translation>
    </message>
</context>
<context>
    <name>SyncParser</name>
    <message>
        <source>La requête dépasse la taille maximale (%1 Kio).</source>
        <translation>The request exceeds the maximum size (%1 KiB).</translation>
    </message>
    <message>
        <source>La requête n&apos;est pas du texte UTF-8 valide.</source>
        <translation>The request is not valid UTF-8 text.</translation>
    </message>
    <message>
        <source>La requête n&apos;est pas du JSON valide (position %1&#xa0;: %2).</source>
        <translation>The request is not valid JSON (position %1: %2).</translation>
    </message>
    <message>
        <source>La requête doit être un objet JSON.</source>
        <translation>The request must be a JSON object.</translation>
    </message>
    <message>
        <source>%1&#xa0;: champ inconnu «&#xa0;%2&#xa0;».</source>
        <translation>%1: unknown field “%2”.</translation>
    </message>
    <message>
        <source>«&#xa0;%1&#xa0;» doit être un UUID en minuscules (8-4-4-4-12).</source>
        <translation>“%1” must be a lowercase UUID (8-4-4-4-12).</translation>
    </message>
    <message>
        <source>«&#xa0;%1&#xa0;» doit être un texte.</source>
        <translation>“%1” must be text.</translation>
    </message>
    <message>
        <source>«&#xa0;%1&#xa0;» doit compter de 1 à %2 caractères.</source>
        <translation>“%1” must have 1 to %2 characters.</translation>
    </message>
    <message>
        <source>«&#xa0;%1&#xa0;» doit être du base64.</source>
        <translation>“%1” must be base64.</translation>
    </message>
    <message>
        <source>«&#xa0;%1&#xa0;» doit être un entier entre %2 et %3.</source>
        <translation>“%1” must be an integer between %2 and %3.</translation>
    </message>
    <message>
        <source>la requête</source>
        <translation>the request</translation>
    </message>
    <message>
        <source>«&#xa0;changes&#xa0;» doit être une liste.</source>
        <translation>“changes” must be a list.</translation>
    </message>
    <message>
        <source>Une requête porte de 1 à %1 changements.</source>
        <translation>A request carries 1 to %1 changes.</translation>
    </message>
    <message>
        <source>changement %1</source>
        <translation>change %1</translation>
    </message>
    <message>
        <source>%1&#xa0;: un objet est attendu.</source>
        <translation>%1: an object is expected.</translation>
    </message>
    <message>
        <source>%1&#xa0;: type d&apos;enregistrement inconnu «&#xa0;%2&#xa0;».</source>
        <translation>%1: unknown record type “%2”.</translation>
    </message>
    <message>
        <source>%1&#xa0;: opération inconnue «&#xa0;%2&#xa0;».</source>
        <translation>%1: unknown operation “%2”.</translation>
    </message>
    <message>
        <source>%1&#xa0;: un «&#xa0;%2&#xa0;» ne s&apos;écrit qu&apos;une fois (opération append).</source>
        <translation>%1: a “%2” is written once only (append operation).</translation>
    </message>
    <message>
        <source>%1&#xa0;: un «&#xa0;%2&#xa0;» se crée, se modifie ou se supprime, il ne s&apos;ajoute pas.</source>
        <translation>%1: a “%2” is created, updated or deleted, not appended.</translation>
    </message>
    <message>
        <source>%1&#xa0;: «&#xa0;baseRevision&#xa0;» vaut 0 pour une création, et seulement pour elle.</source>
        <translation>%1: “baseRevision” is 0 for a creation, and only for one.</translation>
    </message>
    <message>
        <source>%1&#xa0;: une suppression ne porte pas de document.</source>
        <translation>%1: a deletion carries no document.</translation>
    </message>
    <message>
        <source>%1&#xa0;: «&#xa0;payload&#xa0;» doit être un objet JSON.</source>
        <translation>%1: “payload” must be a JSON object.</translation>
    </message>
    <message>
        <source>%1&#xa0;: le document dépasse %2 Kio.</source>
        <translation>%1: the document exceeds %2 KiB.</translation>
    </message>
    <message>
        <source>%1&#xa0;: type ou opération inconnus.</source>
        <translation>%1: unknown type or operation.</translation>
    </message>
    <message>
        <source>résultat %1</source>
        <translation>result %1</translation>
    </message>
    <message>
        <source>%1&#xa0;: statut inconnu.</source>
        <translation>%1: unknown status.</translation>
    </message>
    <message>
        <source>la réponse</source>
        <translation>the answer</translation>
    </message>
    <message>
        <source>%1&#xa0;: le document contient un caractère nul (U+0000).</source>
        <translation>%1: the document holds a null character (U+0000).</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Un poste n&apos;envoie que les entrées de son propre journal.</source>
        <translation>A workstation sends only its own audit entries.</translation>
    </message>
    <message>
        <source>Numéro de changement manquant.</source>
        <translation>Missing change number.</translation>
    </message>
    <message>
        <source>Le journal d&apos;audit de ce poste ne prolonge pas celui que le serveur détient (entrée n° %1 reçue après l&apos;entrée n° %2)&#xa0;: il a été réécrit localement. Le serveur le refuse et a levé une alerte.</source>
        <translation>This workstation&apos;s audit trail does not continue the one the server holds (entry no. %1 received after entry no. %2): it was rewritten locally. The server refuses it and raised an alert.</translation>
    </message>
    <message>
        <source>Changement %1&#xa0;: cet enregistrement a déjà été reçu et ne peut pas être réécrit.</source>
        <translation>Change %1: this record was already received and cannot be rewritten.</translation>
    </message>
    <message>
        <source>Changement %1&#xa0;: l&apos;enregistrement modifié n&apos;existe pas sur le serveur.</source>
        <translation>Change %1: the changed record does not exist on the server.</translation>
    </message>
</context>
<context>
    <name>SystemConfig</name>
    <message>
        <source>%1, désigné par le fichier de configuration du système %2, est introuvable.</source>
        <translation>%1, named by the system configuration file %2, cannot be found.</translation>
    </message>
    <message>
        <source>%1 n&apos;appartient pas à root ou peut être modifié par d&apos;autres comptes&#xa0;: Officine refuse de s&apos;en servir, car il décide des cartes reconnues. L&apos;administrateur du poste doit corriger ses droits (sudo chown root:root %1 puis sudo chmod go-w %1).</source>
        <translation>%1 is not owned by root or can be changed by other accounts: Officine refuses to use it, as it decides which cards are recognised. The workstation&apos;s administrator must fix its permissions (sudo chown root:root %1 then sudo chmod go-w %1).</translation>
    </message>
    <message>
        <source>Le fichier de configuration du système %1 est illisible.</source>
        <translation>The system configuration file %1 cannot be read.</translation>
    </message>
    <message>
        <source>Dans %1, «&#xa0;%2&#xa0;» doit être un chemin absolu.</source>
        <translation>In %1, “%2” must be an absolute path.</translation>
    </message>
    <message>
        <source>Dans %1, l&apos;adresse du serveur doit commencer par https:// (les données de santé ne circulent que chiffrées).</source>
        <translation>In %1, the server address must start with https:// (health data only travel encrypted).</translation>
    </message>
    <message>
        <source>Dans %1, l&apos;adresse du téléservice INSi doit commencer par https://.</source>
        <translation>In %1, the INSi teleservice address must start with https://.</translation>
    </message>
</context>
<context>
    <name>Vigilance</name>
    <message>
        <source>Nom de naissance</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <source>Prénoms de naissance</source>
        <translation>Birth given names</translation>
    </message>
    <message>
        <source>Premier prénom</source>
        <translation>First given name</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Lieu de naissance (code INSEE)</source>
        <translation>Place of birth (INSEE code)</translation>
    </message>
    <message>
        <source>Identité récupérée</source>
        <translation>Retrieved identity</translation>
    </message>
    <message>
        <source>Identité validée</source>
        <translation>Validated identity</translation>
    </message>
    <message>
        <source>Identité qualifiée</source>
        <translation>Qualified identity</translation>
    </message>
    <message>
        <source>Identité provisoire</source>
        <translation>Provisional identity</translation>
    </message>
    <message>
        <source>Récupérée</source>
        <translation>Retrieved</translation>
    </message>
    <message>
        <source>Validée</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>Qualifiée</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <source>Provisoire</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>Traits et INS obtenus du téléservice INSi&#xa0;; aucune pièce d&apos;identité n&apos;a encore été contrôlée.</source>
        <translation>Traits and INS obtained from the INSi teleservice; no identity document has been checked yet.</translation>
    </message>
    <message>
        <source>Pièce d&apos;identité contrôlée&#xa0;; l&apos;INS n&apos;a pas encore été obtenu du téléservice INSi.</source>
        <translation>Identity document checked; the INS has not yet been obtained from the INSi teleservice.</translation>
    </message>
    <message>
        <source>INS obtenu du téléservice INSi et pièce d&apos;identité contrôlée&#xa0;: l&apos;INS peut être partagé.</source>
        <translation>INS obtained from the INSi teleservice and identity document checked: the INS may be shared.</translation>
    </message>
    <message>
        <source>Ni pièce d&apos;identité contrôlée ni INS obtenu du téléservice INSi&#xa0;: l&apos;INS ne peut pas être partagé.</source>
        <translation>Neither an identity document checked nor an INS obtained from INSi: the INS cannot be shared.</translation>
    </message>
    <message>
        <source>Passeport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Carte nationale d&apos;identité</source>
        <translation>National identity card</translation>
    </message>
    <message>
        <source>Carte d&apos;identité électronique (application France Identité)</source>
        <translation>Electronic identity card (France Identité app)</translation>
    </message>
    <message>
        <source>Titre de séjour</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <source>Livret de famille des parents (mineur)</source>
        <translation>Parents&apos; family book (minor)</translation>
    </message>
    <message>
        <source>Extrait d&apos;acte de naissance (mineur)</source>
        <translation>Birth certificate (minor)</translation>
    </message>
    <message>
        <source>Livret de famille et carte Vitale avec photographie</source>
        <translation>Family book and carte Vitale with photo</translation>
    </message>
    <message>
        <source>Extrait d&apos;acte de naissance et carte Vitale avec photographie</source>
        <translation>Birth certificate and carte Vitale with photo</translation>
    </message>
    <message>
        <source>Carnet de circulation (étranger mineur)</source>
        <translation>Travel booklet (foreign minor)</translation>
    </message>
    <message>
        <source>Identité Numérique La Poste</source>
        <translation>La Poste digital identity</translation>
    </message>
    <message>
        <source>Application carte Vitale</source>
        <translation>Carte Vitale app</translation>
    </message>
    <message>
        <source>Identité douteuse</source>
        <translation>Doubtful identity</translation>
    </message>
    <message>
        <source>Identité fictive</source>
        <translation>Fictitious identity</translation>
    </message>
    <message>
        <source>Homonyme détecté</source>
        <translation>Namesake detected</translation>
    </message>
    <message>
        <source>Homonyme avéré</source>
        <translation>Confirmed namesake</translation>
    </message>
    <message>
        <source>Doublon potentiel</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Doublon avéré</source>
        <translation>Confirmed duplicate</translation>
    </message>
    <message>
        <source>Identité usurpée</source>
        <translation>Stolen identity</translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <source>Aucune phrase de passe de sauvegarde n&apos;est définie&#xa0;: le titulaire doit la saisir dans les paramètres.</source>
        <translation>No backup passphrase is set: the head pharmacist must enter it in the settings.</translation>
    </message>
</context>
<context>
    <name>officine_cli</name>
    <message>
        <source>Erreur&#xa0;: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Aucune phrase de passe n&apos;a été saisie.</source>
        <translation>No passphrase was entered.</translation>
    </message>
    <message>
        <source>Confirmez la phrase de passe&#xa0;: </source>
        <translation>Confirm the passphrase: </translation>
    </message>
    <message>
        <source>Les deux saisies de la phrase de passe diffèrent.</source>
        <translation>The two passphrase entries differ.</translation>
    </message>
    <message>
        <source>Crée la base chiffrée de l&apos;officine et range sa clé dans le trousseau du système.</source>
        <translation>Creates the pharmacy&apos;s encrypted database and stores its key in the system keychain.</translation>
    </message>
    <message>
        <source>Une base existe déjà&#xa0;: %1</source>
        <translation>A database already exists: %1</translation>
    </message>
    <message>
        <source>Base chiffrée créée&#xa0;: %1</source>
        <translation>Encrypted database created: %1</translation>
    </message>
    <message>
        <source>Clé de 256 bits rangée dans le trousseau du système (service «&#xa0;officine&#xa0;», entrée «&#xa0;%1&#xa0;»).</source>
        <translation>256-bit key stored in the system keychain (service “officine”, entry “%1”).</translation>
    </message>
    <message>
        <source>Pensez à faire une sauvegarde avec une phrase de passe (officine-cli backup)&#xa0;: sans elle, la perte de ce poste et de son trousseau rendrait les données irrécupérables.</source>
        <translation>Remember to make a backup with a passphrase (officine-cli backup): without it, losing this workstation and its keychain would make the data unrecoverable.</translation>
    </message>
    <message>
        <source>Écrit une sauvegarde chiffrée et cohérente de la base, protégée par une phrase de passe (scrypt + AES-256-GCM). L&apos;application peut rester ouverte pendant la sauvegarde. La phrase de passe est lue sur le terminal, ou sur l&apos;entrée standard si ce n&apos;est pas un terminal.</source>
        <translation>Writes an encrypted, consistent backup of the database, protected by a passphrase (scrypt + AES-256-GCM). The application may stay open meanwhile. The passphrase is read from the terminal, or from standard input when it is not a terminal.</translation>
    </message>
    <message>
        <source>Le fichier de sauvegarde à écrire (.obak).</source>
        <translation>The backup file to write (.obak).</translation>
    </message>
    <message>
        <source>Indiquez un seul fichier de sauvegarde. Voir officine-cli backup --help.</source>
        <translation>Give exactly one backup file. See officine-cli backup --help.</translation>
    </message>
    <message>
        <source>Le fichier %1 existe déjà&#xa0;: choisissez un autre nom.</source>
        <translation>The file %1 already exists: choose another name.</translation>
    </message>
    <message>
        <source>Aucune base à sauvegarder&#xa0;: %1</source>
        <translation>No database to back up: %1</translation>
    </message>
    <message>
        <source>Phrase de passe de la sauvegarde&#xa0;: </source>
        <translation>Backup passphrase: </translation>
    </message>
    <message>
        <source>Sauvegarde écrite&#xa0;: %1 (%2 octets).</source>
        <translation>Backup written: %1 (%2 bytes).</translation>
    </message>
    <message>
        <source>Conservez la phrase de passe à part&#xa0;: elle seule permet de restaurer sur un autre poste.</source>
        <translation>Keep the passphrase apart: it alone allows restoring onto another workstation.</translation>
    </message>
    <message>
        <source>Restaure une sauvegarde à la place de la base de ce poste. La sauvegarde est entièrement vérifiée (authenticité, phrase de passe, chaque page) avant de toucher à quoi que ce soit&#xa0;; la base actuelle est conservée à côté (suffixe .avant-restauration-…). Fermez Officine avant de restaurer. Fonctionne sur un poste neuf au trousseau vide&#xa0;: la phrase de passe suffit.</source>
        <translation>Restores a backup in place of this workstation&apos;s database. The backup is checked completely (authenticity, passphrase, every page) before anything is touched; the current database is kept beside it (suffix .avant-restauration-…). Close Officine before restoring. Works on a new workstation with an empty keychain: the passphrase is enough.</translation>
    </message>
    <message>
        <source>Le fichier de sauvegarde à restaurer (.obak).</source>
        <translation>The backup file to restore (.obak).</translation>
    </message>
    <message>
        <source>Indiquez un seul fichier de sauvegarde. Voir officine-cli restore --help.</source>
        <translation>Give exactly one backup file. See officine-cli restore --help.</translation>
    </message>
    <message numerus="yes">
        <source>Sauvegarde du %1 restaurée&#xa0;: %n patient(s).</source>
        <translation>
            <numerusform>Backup of %1 restored: %n patient.</numerusform>
            <numerusform>Backup of %1 restored: %n patients.</numerusform>
        </translation>
    </message>
    <message>
        <source>L&apos;ancienne base est conservée&#xa0;: %1</source>
        <translation>The previous database is kept: %1</translation>
    </message>
    <message>
        <source>Vérifie l&apos;intégrité de la base&#xa0;: chaque page est relue et son code d&apos;authentification (HMAC) contrôlé.</source>
        <translation>Checks the database&apos;s integrity: every page is read again and its authentication code (HMAC) verified.</translation>
    </message>
    <message>
        <source>Base intègre&#xa0;: %1</source>
        <translation>Database intact: %1</translation>
    </message>
    <message>
        <source>Schéma&#xa0;: version %1&#xa0;; poste&#xa0;: %2</source>
        <translation>Schema: version %1; workstation: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) patient, </source>
        <translation>
            <numerusform>%n patient file, </numerusform>
            <numerusform>%n patient files, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modification(s) en attente de synchronisation.</source>
        <translation>
            <numerusform>%n change waiting for sync.</numerusform>
            <numerusform>%n changes waiting for sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outil d&apos;administration d&apos;Officine.</source>
        <translation>Officine administration tool.</translation>
    </message>
    <message>
        <source>Commandes&#xa0;:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>  init     crée la base chiffrée de l&apos;officine</source>
        <translation>  init     creates the pharmacy&apos;s encrypted database</translation>
    </message>
    <message>
        <source>  backup   écrit une sauvegarde chiffrée par phrase de passe</source>
        <translation>  backup   writes a passphrase-encrypted backup</translation>
    </message>
    <message>
        <source>  restore  restaure une sauvegarde</source>
        <translation>  restore  restores a backup</translation>
    </message>
    <message>
        <source>  check    vérifie l&apos;intégrité de la base</source>
        <translation>  check    checks the database&apos;s integrity</translation>
    </message>
    <message>
        <source>«&#xa0;officine-cli COMMANDE --help&#xa0;» détaille chaque commande.</source>
        <translation>“officine-cli COMMAND --help” details each command.</translation>
    </message>
    <message>
        <source>Travailler sur la pharmacie de démonstration.</source>
        <translation>Work on the demo pharmacy.</translation>
    </message>
    <message>
        <source>Dossier des données (par défaut ~/.local/share/officine).</source>
        <translation>Data folder (default ~/.local/share/officine).</translation>
    </message>
    <message>
        <source>DOSSIER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>Commande inconnue&#xa0;: %1. Voir officine-cli --help.</source>
        <translation>Unknown command: %1. See officine-cli --help.</translation>
    </message>
    <message>
        <source>Traçabilité.</source>
        <translation>Audit trail.</translation>
    </message>
    <message>
        <source>  verify   vérifie chaque chaîne d&apos;entrées et chaque point de contrôle signé&#xa0;; code de sortie 1 si le journal a été altéré</source>
        <translation>  verify   checks every chain of entries and every signed checkpoint; exit status 1 if the trail was altered</translation>
    </message>
    <message>
        <source>  export   écrit le journal et ses points de contrôle pour un inspecteur (JSON Lines, docs/audit-format.md)</source>
        <translation>  export   writes the trail and its checkpoints for an inspector (JSON Lines, docs/audit-format.md)</translation>
    </message>
    <message>
        <source>verify ou export</source>
        <translation>verify or export</translation>
    </message>
    <message>
        <source>Pour export&#xa0;: le fichier à écrire.</source>
        <translation>For export: the file to write.</translation>
    </message>
    <message>
        <source>Usage&#xa0;: officine-cli audit verify [--trust DOSSIER] | officine-cli audit export FICHIER</source>
        <translation>Usage: officine-cli audit verify [--trust FOLDER] | officine-cli audit export FILE</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire %1&#xa0;: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Journal exporté&#xa0;: %1 entrées, %2 point(s) de contrôle → %3</source>
        <translation>Trail exported: %1 entries, %2 checkpoint(s) → %3</translation>
    </message>
    <message>
        <source>  audit    vérifie ou exporte le journal de traçabilité</source>
        <translation>  audit    checks or exports the audit trail</translation>
    </message>
    <message>
        <source>init, backup, restore, check ou audit</source>
        <translation>init, backup, restore, check or audit</translation>
    </message>
    <message>
        <source>Attention&#xa0;: l&apos;opération n&apos;a pas pu être inscrite au journal de traçabilité (%1).</source>
        <translation>Warning: the operation could not be written to the audit trail (%1).</translation>
    </message>
    <message>
        <source>Attention&#xa0;: la tête vérifiée du journal n&apos;a pas pu être mémorisée (%1).</source>
        <translation>Warning: the verified head of the trail could not be remembered (%1).</translation>
    </message>
    <message>
        <source>Dossier des certificats de confiance (IGC-Santé) qui vérifient les signatures des points de contrôle (par défaut&#xa0;: celui du fichier système /etc/officine/officine.conf).</source>
        <translation>Folder of the trusted certificates (IGC-Santé) that check the checkpoints&apos; signatures (default: the one in the system file /etc/officine/officine.conf).</translation>
    </message>
</context>
</TS>
