/**
 * What announces a person's name in the three languages: titles, roles in a case, relatives,
 * "alias", verbs of naming, and form labels. Folded (lower-case, no accents).
 */

const set = (words: string) => new Set(words.split('|').map((w) => w.trim()));

/** Titles written right before a name. */
export const TITLES = set(
  'mr|mrs|ms|miss|mx|dr|prof|sir|madam|madame|sr|sra|srta|senor|senora|senorita|don|dona|dna|d|m|mme|mlle|mm|me|monsieur|mademoiselle|maitre|inspector|inspectora|inspecteur|inspectrice|sergeant|sgt|officer|agent|agente|detective|det|commissaire|capitaine|captain|lieutenant|comisario|comisaria|subinspector|judge|juez|jueza|juge|magistrate|magistrado|magistrada|fiscal|prosecutor|procureur|procureure|lawyer|abogado|abogada|avocat|avocate|doctor|doctora|docteur|nurse|enfermera|imam|pastor|father|padre|pere|sister|hermana|soeur|brother|uncle|aunt|tio|tia|oncle|tante|chief|jefe|jefa|chef|minister|ministro|ministra|ministre|ambassador|embajador|embajadora|ambassadeur|consul|consule|director|directora|directeur|directrice|coordinator|coordinadora|coordinador|coordinateur|coordinatrice|mama|mamie|madam|auntie|oga|alhaji|hajia|chief',
);

/** Roles of people in a case, in singular; a name often follows, sometimes after a comma. */
export const ROLES = set(
  'victim|victims|survivor|suspect|suspects|defendant|accused|offender|perpetrator|trafficker|traffickers|recruiter|exploiter|employer|witness|complainant|minor|child|girl|boy|woman|man|mother|father|brother|sister|son|daughter|husband|wife|partner|boyfriend|girlfriend|cousin|friend|uncle|aunt|driver|owner|landlord|landlady|madam|pimp|interpreter|guardian|beneficiary|client|worker|migrant|applicant|person|persons|individual|contact|victima|victimas|superviviente|sobreviviente|sospechoso|sospechosa|investigado|investigada|detenido|detenida|acusado|acusada|imputado|imputada|tratante|captador|captadora|reclutador|reclutadora|explotador|explotadora|empleador|empleadora|testigo|denunciante|menor|nina|nino|chica|chico|mujer|hombre|madre|padre|hermano|hermana|hijo|hija|esposo|esposa|marido|pareja|novio|novia|primo|prima|amigo|amiga|tio|tia|conductor|dueno|duena|propietario|propietaria|proxeneta|interprete|tutor|tutora|trabajador|trabajadora|beneficiaria|beneficiario|solicitante|persona|senalado|senalada|victime|victimes|survivant|survivante|suspect|suspecte|mis|prevenu|prevenue|auteur|trafiquant|trafiquante|recruteur|recruteuse|exploiteur|employeur|employeuse|temoin|plaignant|plaignante|mineur|mineure|fille|garcon|femme|homme|mere|pere|frere|soeur|fils|epoux|epouse|mari|compagnon|compagne|cousin|cousine|ami|amie|oncle|tante|chauffeur|proprietaire|proxenete|tuteur|tutrice|travailleur|travailleuse|beneficiaire|demandeur|demandeuse|personne|intermediary|intermediario|intermediaire|passeur|smuggler|coyote|sponsor|patron|patrona|jefe|jefa|gerant|gerante|manager|gerente|encargado|encargada|nanny|maid|housemaid|domestic',
);

/** Words after which the next capitalised words are a name ("alias Lolo", "llamada Rosa"). */
export const NAMING_WORDS = set(
  'alias|aka|a.k.a|called|named|known as|nicknamed|calls himself|calls herself|llamado|llamada|apodado|apodada|conocido como|conocida como|de nombre|se hace llamer|dit|dite|nomme|nommee|prenomme|prenommee|surnomme|surnommee|appele|appelee|se faisant appeler|name|nombre|nom|prenom|apellido|apellidos|surname|firstname|first name|last name|full name|nom complet|nombre completo|family name|given name|identified as|identificado como|identificada como|identifie comme|identifiee comme|identity|interviewed|met|contacted|accompanied|entrevistada|entrevistado|entrevisto|acompanado|acompanada|entendu|entendue|auditionne|auditionnee|rencontre|rencontree|according to|segun|selon|ms|mr|by|par|por|with|con|avec|and|y|et|to|a',
);

/** The weak cues above that only count when the next words are a likely name. */
export const WEAK_CUES = set('by|par|por|with|con|avec|and|y|et|to|a|met|according to|segun|selon');

/** Lower-case particles inside names (de la Cruz, van der Berg, bin Laden, Ould Abdallah). */
export const PARTICLES = set(
  'de|del|de la|de las|de los|la|las|los|van|van der|van den|von|der|den|da|das|do|dos|di|du|des|le|bin|ben|ibn|bint|ould|abu|al|el|ait|y|e|mac|ter|zu',
);
