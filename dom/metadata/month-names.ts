/**
 * Month names as news pages print them, in the forms a date takes ("7. Dezember",
 * "7 grudnia", "7 Aralık", "7 січня", "2026. december 7."): nominative and genitive, with
 * the abbreviations pages use. One table, compiled once into a lookup and into the
 * alternation the date patterns share (longest names first, so "sept" wins over "sep").
 *
 * Left out on purpose: words that are also common words or names in a date's place
 * ("mac", Malay for March, beside Apple's computer), and calendars other than the
 * Gregorian one (Solar Hijri, Japanese eras), whose days would need converting.
 */

const MONTH_NAMES: Array<[number, string]> = [
  [1, 'january|jan|janvier|janv|januar|jänner|enero|ene|janeiro|gennaio|gen|januari|stycznia|ledna|января|янв|' +
    'tammikuuta|tammikuu|ocak|січня|ianuarie|gener|ιανουαρίου|januára|siječnja|január|sausio|जनवरी|يناير|בינואר|ינואר|มกราคม|януари'],
  [2, 'february|feb|février|fevrier|févr|fevr|februar|febrero|fevereiro|fev|febbraio|februari|lutego|února|unora|февраля|фев|' +
    'helmikuuta|helmikuu|şubat|subat|лютого|februarie|febrer|φεβρουαρίου|februára|veljače|február|vasario|फ़रवरी|फरवरी|فبراير|בפברואר|פברואר|กุมภาพันธ์|февруари'],
  [3, 'march|mar|mars|märz|marz|marzo|março|marco|maart|marca|března|brezna|марта|мар|' +
    'maaliskuuta|maaliskuu|mart|березня|martie|març|μαρτίου|marca|ožujka|március|kovo|maret|मार्च|مارس|במרץ|מרץ|มีนาคม|март'],
  [4, 'april|apr|avril|avr|abril|abr|aprile|kwietnia|dubna|апреля|апр|' +
    'huhtikuuta|huhtikuu|nisan|квітня|aprilie|απριλίου|apríla|travnja|április|balandžio|अप्रैल|أبريل|באפריל|אפריל|เมษายน|април'],
  [5, 'may|mai|mayo|maio|maggio|mag|mei|maja|května|kvetna|мая|' +
    'toukokuuta|toukokuu|mayıs|травня|maig|μαΐου|mája|svibnja|május|gegužės|मई|مايو|במאי|מאי|พฤษภาคม|май|maj'],
  [6, 'june|jun|juin|juni|junio|junho|giugno|giu|czerwca|června|cervna|июня|июн|' +
    'kesäkuuta|kesäkuu|haziran|червня|iunie|juny|ιουνίου|júna|lipnja|június|birželio|जून|يونيو|ביוני|יוני|มิถุนายน|юни'],
  [7, 'july|jul|juillet|juil|juli|julio|julho|luglio|lug|lipca|července|cervence|июля|июл|' +
    'heinäkuuta|heinäkuu|temmuz|липня|iulie|juliol|ιουλίου|júla|srpnja|július|liepos|जुलाई|يوليو|ביולי|יולי|กรกฎาคม|юли'],
  [8, 'august|aug|août|aout|agosto|ago|augustus|sierpnia|srpna|августа|авг|' +
    'elokuuta|elokuu|ağustos|agustos|серпня|agost|αυγούστου|augusta|augusti|kolovoza|augusztus|rugpjūčio|agustus|अगस्त|أغسطس|באוגוסט|אוגוסט|สิงหาคม|август'],
  [9, 'september|sept|sep|septembre|septiembre|setiembre|setembro|set|settembre|września|wrzesnia|září|zari|сентября|сен|' +
    'syyskuuta|syyskuu|eylül|eylul|вересня|septembrie|setembre|σεπτεμβρίου|septembra|rujna|szeptember|rugsėjo|सितंबर|सितम्बर|سبتمبر|בספטמבר|ספטמבר|กันยายน|септември'],
  [10, 'october|oct|octobre|oktober|okt|octubre|outubro|out|ottobre|ott|października|pazdziernika|října|rijna|октября|окт|' +
    'lokakuuta|lokakuu|ekim|жовтня|octombrie|οκτωβρίου|októbra|október|spalio|अक्टूबर|अक्तूबर|أكتوبر|באוקטובר|אוקטובר|ตุลาคม|октомври'],
  [11, 'november|nov|novembre|noviembre|novembro|listopada|listopadu|ноября|ноя|' +
    'marraskuuta|marraskuu|kasım|kasim|листопада|noiembrie|νοεμβρίου|novembra|studenoga|lapkričio|नवंबर|नवम्बर|نوفمبر|בנובמבר|נובמבר|พฤศจิกายน|ноември'],
  [12, 'december|dec|décembre|decembre|déc|dezember|dez|diciembre|dic|dezembro|dicembre|grudnia|prosince|декабря|дек|' +
    'joulukuuta|joulukuu|aralık|aralik|грудня|decembrie|desembre|desember|δεκεμβρίου|decembra|prosinca|gruodžio|दिसंबर|दिसम्बर|ديسمبر|בדצמבר|דצמבר|ธันวาคม|декември'],
];

/** Month name (lower case) → month number. Where two languages share a word for different months, the first wins. */
export const MONTH = new Map<string, number>();
for (const [n, names] of MONTH_NAMES) for (const name of names.split('|')) if (!MONTH.has(name)) MONTH.set(name, n);

/** Every name, longest first, for a RegExp alternation. */
export const MONTH_ALT = [...MONTH.keys()].sort((a, b) => b.length - a.length).join('|');
