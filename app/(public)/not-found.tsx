import { NotFoundBody } from "@/components/ui/not-found-body";

// Inside the group's layout, which already provides <main>.
export default function NotFound() {
  return <NotFoundBody />;
}
