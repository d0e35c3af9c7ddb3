/**
 * Context words in English, Spanish and French (folded: lower-case, no accents). A number,
 * date or code becomes personal data only near one of them (as Presidio's context enhancer
 * and Google DLP's hotword rules do).
 */

const set = (words: string) => new Set(words.split('|').map((w) => w.trim()));

export const BIRTH_WORDS = set(
  'born|birth|dob|d.o.b|birthday|birthdate|date of birth|b|nacido|nacida|nacio|nac|nacimiento|fecha de nacimiento|f nac|fnac|fdn|cumpleanos|ne|nee|naissance|date de naissance|ddn|nait|naquit',
);

export const DOCUMENT_WORDS = set(
  'passport|passports|pasaporte|pasaportes|passeport|passeports|id|ids|identity|identification|card|dni|nie|tie|nif|nir|nino|nss|cnp|nin|cni|cin|cedula|documento|document|doc|licence|license|licencia|permis|permit|permiso|residence|residencia|sejour|titre|brp|agdref|ssn|insurance|seguridad|securite|social|carnet|carte|visa|national|nacional|nationale|no|n|nr|num|numero|number|nº|ghana|ecowas|matricula consular',
);

/** Words that on their own point at an identity document (stronger than "no."/"number"). */
export const STRONG_DOCUMENT_WORDS = set(
  'passport|pasaporte|passeport|dni|nie|tie|nif|nir|nino|nss|cnp|nin|cni|cin|cedula|brp|agdref|ssn|licence|license|permis|permit|permiso|sejour|visa|carnet|identity|identite|identidad|id|documento|document|titre|residence|residencia',
);

export const ACCOUNT_WORDS = set(
  'account|acct|a/c|bank|iban|rib|bic|swift|sort|nuban|cuenta|ccc|banco|bancaria|bancario|compte|bancaire|banque|virement|transfer|transferencia|wire|western|moneygram|wallet|mobile money|m-pesa|mpesa|orange money|momo|card|tarjeta|carte',
);

export const PHONE_WORDS = set(
  'tel|tél|telephone|phone|phones|mobile|mob|cell|cellphone|whatsapp|signal|telegram|viber|imo|sms|call|called|calls|number|movil|telefono|tlf|tfno|llamada|llamo|numero|portable|portable|tel.|appel|appele|joignable|contact|numéro|cel|celular|fijo',
);

export const VEHICLE_WORDS = set(
  'plate|plates|registration|reg|registered|vehicle|vehicles|car|van|truck|lorry|minibus|bus|taxi|motorbike|matricula|matriculas|vehiculo|coche|furgoneta|camion|moto|turismo|placa|immatriculation|immatricule|immatriculee|plaque|vehicule|voiture|camionnette|fourgon|camion|toyota|ford|mercedes|bmw|audi|renault|peugeot|citroen|seat|volkswagen|vw|opel|dacia|fiat|nissan|hyundai|kia|skoda|iveco|honda',
);

export const HANDLE_WORDS = set(
  'instagram|insta|ig|tiktok|facebook|fb|snapchat|snap|telegram|twitter|x|onlyfans|whatsapp|signal|viber|wechat|vk|vkontakte|badoo|tinder|linkedin|youtube|discord|skype|kik|threads|profile|profil|perfil|account|cuenta|compte|user|username|usuario|pseudo|handle|alias|nick|nickname|apodo|ip|ip address|direccion ip|adresse ip',
);

export const AGE_WORDS = set(
  'aged|age|ages|edad|anos|ans|age de|agee|agee de|years|year-old|yrs|yo|ano',
);
