// A patient as the queue and the dashboards name them: the name, a link to the patient, and the MRN.
import { Link, Text } from '@radix-ui/themes';

export function PatientName({ id, name, mrn }: { id: string; name: string; mrn: string }) {
  return (
    <Text as="span" weight="bold">
      <Link href={`/patients/view/?id=${id}`}>{name}</Link>{' '}
      <Text as="span" size="2" color="gray" weight="regular">
        {mrn}
      </Text>
    </Text>
  );
}
