import '../../stores/boot';
import { useStore } from '@nanostores/react';
import { PAPER_LABELS, paperForZone, type PaperSetting } from '../../domain/paper-size';
import { $plan } from '../../stores/plan';
import { setPaperSize } from '../../stores/preferences';
import { Select } from '../ui/Select';

/** The same words as the page's placeholder for this setting (export/index.astro), so nothing moves. */
export const PAPER_HINT =
  'For the print pages and the .docx files. Automatic follows the venue’s time zone: Letter in the Americas, A4 elsewhere.';

/** The one paper setting for every print page and .docx file. */
export default function PaperSizeSetting() {
  const plan = useStore($plan);
  const zone = plan.event.timeZone;
  const options: { value: PaperSetting; label: string }[] = [
    { value: 'auto', label: `Automatic (${PAPER_LABELS[paperForZone(zone)]})` },
    { value: 'letter', label: 'Letter' },
    { value: 'a4', label: 'A4' },
  ];
  return (
    <Select
      label="Paper size"
      hint={PAPER_HINT}
      value={plan.preferences.paperSize}
      options={options}
      onChange={setPaperSize}
    />
  );
}
