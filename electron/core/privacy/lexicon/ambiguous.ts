/**
 * Listed names that are also everyday words or very short (Grace, Said, White, Li, He):
 * they count as a name only next to another name word or after a cue, never alone.
 */
export const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set(
  'white|green|long|price|bell|hill|young|west|black|gray|grey|wood|cook|ward|bailey|hunt|rose|mora|rey|vera|rosa|luz|gay|adam|paris|roche|baron|noel|gift|joy|faith|mercy|patience|grace|hope|lucky|peace|success|comfort|precious|favour|favor|goodness|happiness|innocent|sunday|monday|friday|princess|will|mark|may|august|said|lu|min|ming|sun|song|hong|kong|fan|tan|han|mao|ke|ou|yu|jin|ha|son|nam|van|thi|my|mai|lan|tam|ho|do|le|he|li|ma|ta|ba|ka|sy|ng|pen|win|nu|su|ei|made|cruz|leon|santiago|paz|victoria|jordan|france|georgia|chad|florence|china|lima|delta|long|fall|sow|sarr|ka|ba|diez|gil|sanz|blanco|franco|bravo|pastor|roman|esteban|marcos|vicente|mayo|leal|sierra|vega|fuentes|campos|flores|rios|reyes|santos|ramos|castillo|serrano|prieto|moreno|soler|bonnet|petit|blanc|brun|roux|fleury|roy|noel|baron|legrand|jean|pierre|louis|marie|germain|breton|lucas|charles|colin|martin|thomas|richard|robert|simon|vincent|david|michel|nicolas|henry|julien|denis|adam|jacob|klein|weber|muller|meyer|schmitt|schneider|andre|gerard|francois|clement|laurent|bernard|mathieu|olivier|philippe|antoine|benoit|etienne|daniel|gilbert|hubert|leger|remy|ali|omar|issa|musa|amina|nur|nour|abdi|ahmed|hassan|mohamed|ibrahim|yusuf|min|thein|win|aung|kim|lee|lim|ong|chan|sok|chea|heng|seng|sim|som|keo|dara|ion|dan|ana|maria|elena|irina|olga|ivan|pop|stan|ene|rusu|dinu|toma|radu|vlad|sandu|lupu|rama|meta|kola|leka|rina|dewi|sri|ayu|putri|budi|agus|joko|eko|made|nyoman|ketut|wayan|bin|ben|al|el|abu|de|la|del|van|von|da|di|du|dos'.split(
    '|',
  ),
);
