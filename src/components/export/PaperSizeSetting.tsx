import '../../stores/boot';
import { useStore } from '@nanostores/react';
import { PAPER_LABELS, paperForZone, type PaperSetting } from '../../domain/paper-size';
import { $plan } from '../../stores/plan';
import { setPaperSize } from '../../stores/preferences';
import { Select } from '../ui/Select';

/** The one paper setting for every print page and .docx file. */
export default function PaperSizeSetting() {
  const plan = useStore($plan);
  const zone = plan.event.timeZone;
  const options: { value: PaperSetting; label: string }[] = [
    { value: 'auto', label: `From the venue’s time zone (${PAPER_LABELS[paperForZone(zone)]})` },
    { value: 'letter', label: 'Letter' },
    { value: 'a4', label: 'A4' },
  ];
  return (
    <Select
      label="Paper size"
      hint={`For the print pages and the .docx files. The Americas mostly print on Letter, elsewhere on A4; the venue is in ${zone || 'no time zone yet'}.`}
      value={plan.preferences.paperSize}
      options={options}
      onChange={setPaperSize}
    />
  );
}
